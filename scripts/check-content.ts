import { formatContentIssue } from '../src/domain/content';
import { loadContentResult } from '../src/node/load-content';

const result = loadContentResult();
if (result.ok) {
  const { content } = result;
  console.log(
    `content/ is valid: ${content.services.length} services, ${content.slots.length} slots, ` +
      `${content.rules.reduce((sum, file) => sum + file.rules.length, 0)} rules, ${content.presets.length} presets`,
  );
} else {
  console.error(`content/ has ${result.issues.length} problem(s):`);
  for (const issue of result.issues) console.error(`  - ${formatContentIssue(issue)}`);
  // 2, like the command line: the input is wrong. 1 stays for the unexpected (a crash).
  process.exitCode = 2;
}
