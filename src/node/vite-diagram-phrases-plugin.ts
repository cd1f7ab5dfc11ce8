import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentIssue } from '../domain/content';
import { parseContent } from '../domain/parse-content';
import { japanesePhraseBreaks } from './diagram-phrases';
import { ContentError, defaultContentDir, readContentFiles } from './load-content';

const moduleId = 'virtual:diagram-phrases-ja';

/**
 * `virtual:diagram-phrases-ja`: the phrase breaks of the results diagram's Japanese texts, found by
 * BudouX when the app is built, so the browser never runs it (src/node/diagram-phrases.ts). Made
 * from content/ like the content modules, and again when a content file changes in the dev server.
 */
export function diagramPhrasesPlugin(dir: string = defaultContentDir): Plugin {
  return {
    name: 'startup-stack-advisor:diagram-phrases',
    resolveId: (id) => (id === moduleId ? `\0${moduleId}` : undefined),
    load(id) {
      if (id !== `\0${moduleId}`) return undefined;
      const files = readContentFiles(dir);
      for (const file of files) this.addWatchFile(join(dir, file.path));
      const result = parseContent(files);
      if (!result.ok) this.error(new ContentError(result.issues.map(formatContentIssue)).message);
      return `export default ${JSON.stringify(japanesePhraseBreaks(result.content))};`;
    },
  };
}
