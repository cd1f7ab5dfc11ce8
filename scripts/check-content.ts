import { formatContentIssue } from '../src/domain/content';
import { showUntrusted } from '../src/domain/show-untrusted';
import { defaultContentDir, loadContentResult } from '../src/node/load-content';

// Exit codes: 0 valid, 2 a problem in the content (listed, one line each), 1 a crash (a bug).
// `npm run check:content -- DIR` checks another copy of content/ (the hostile-input tests use one).
const dir = process.argv[2] ?? defaultContentDir;
let result;
try {
  result = loadContentResult(dir);
} catch (error) {
  // The folder itself cannot be listed: say which, without a stack trace.
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  console.error(`the content folder ${showUntrusted(dir, 200)} cannot be read (${reason})`);
  process.exit(2);
}
if (result.ok) {
  const { content } = result;
  console.log(
    `content/ is valid: ${content.services.length} services, ${content.slots.length} slots, ` +
      `${content.rules.reduce((sum, file) => sum + file.rules.length, 0)} rules, ${content.presets.length} presets`,
  );
} else {
  console.error(`content/ has ${result.issues.length} problem(s):`);
  for (const issue of result.issues) console.error(`  - ${formatContentIssue(issue)}`);
  process.exitCode = 2;
}
