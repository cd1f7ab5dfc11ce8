import {
  chromiumCandidates,
  findChromium,
  missingChromiumMessage,
} from '../tests/e2e/support/find-chromium';

// The first step of `npm test`: without a browser the last step would fail after minutes of
// building and testing, so the missing browser is named at once, with the command to install it.
const candidates = chromiumCandidates();
if (findChromium(candidates) === undefined) {
  process.stderr.write(`${missingChromiumMessage(candidates, process.getuid?.() === 0)}\n`);
  process.exitCode = 1;
}
