import { runAdviseCli } from '../src/node/advise-cli';
import { maxAnswersBytes } from '../src/node/answers-input';
import { ContentError, loadContent } from '../src/node/load-content';
import { readBoundedText } from '../src/node/read-bounded-text';

// A reader that stops early (`| head -3`) closes the pipe: that is its choice, not our failure, so
// end quietly with 0 as `| head` users expect, instead of Node's unhandled 'error' stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  const content = loadContent();
  const result = runAdviseCli(process.argv.slice(2), content, (source) =>
    readBoundedText(source === '-' ? 0 : source, maxAnswersBytes),
  );
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} catch (error) {
  process.stderr.write(
    `advise: ${error instanceof ContentError ? error.message : String(error)}\n`,
  );
  process.exitCode = 2;
}
