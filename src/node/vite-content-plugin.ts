import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentIssue } from '../domain/content';
import { parseContent } from '../domain/parse-content';
import { defaultContentDir, readContentFiles } from './load-content';

const virtualId = 'virtual:content';
const resolvedId = `\0${virtualId}`;

/**
 * Validates content/ at build time and hands the browser already-parsed data, so the client ships
 * neither the YAML parser nor the schemas. A content error fails the build with every problem listed.
 */
export function contentPlugin(dir: string = defaultContentDir): Plugin {
  return {
    name: 'startup-stack-advisor:content',
    resolveId: (id) => (id === virtualId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      const files = readContentFiles(dir);
      // One watch per file: Vite's dev server treats watched paths as imports, and a folder is not one.
      for (const file of files) this.addWatchFile(join(dir, file.path));
      const result = parseContent(files);
      if (!result.ok) {
        this.error(
          `content/ is invalid:\n${result.issues.map((i) => `  - ${formatContentIssue(i)}`).join('\n')}`,
        );
      }
      return `export default ${JSON.stringify(result.content)};`;
    },
  };
}
