import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatContentIssue, type Content, type ParsedContent } from '../domain/content';
import { parseContent } from '../domain/parse-content';
import { outlineOf } from '../domain/questionnaire-outline';
import { defaultContentDir, readContentFiles } from './load-content';

const prefix = 'virtual:content';
/**
 * The content in the parts the screens need: the questionnaire's outline (no texts) for the saved
 * session and the landing page, the presets for the landing page's gallery, the questionnaire with
 * its texts for the question pages, and `virtual:content`, which re-exports those two beside the
 * catalog, rules and guidance for the results. The bundle holds each part once, and the first screen
 * loads only the first two.
 */
const parts = {
  [prefix]: 'all',
  [`${prefix}/outline`]: 'outline',
  [`${prefix}/questionnaire`]: 'questionnaire',
  [`${prefix}/presets`]: 'presets',
} as const;
type PartId = keyof typeof parts;

const isPartId = (id: string): id is PartId => id in parts;

function moduleCode(part: (typeof parts)[PartId], content: ParsedContent): string {
  switch (part) {
    case 'outline':
      return `export default ${JSON.stringify(outlineOf(content.questionnaire))};`;
    case 'questionnaire':
      return `export default ${JSON.stringify(content.questionnaire)};`;
    case 'presets':
      return `export default ${JSON.stringify(content.presets)};`;
    case 'all': {
      const { slots, rules, stages, practices, decisions } = content;
      const rest = {
        // The app never renders the sourced facts (see CatalogService): a third of the catalog.
        services: content.services.map((service) =>
          Object.fromEntries(Object.entries(service).filter(([key]) => key !== 'facts')),
        ),
        slots,
        rules,
        stages,
        practices,
        decisions,
      } satisfies Record<Exclude<keyof Content, 'questionnaire' | 'presets'>, unknown>;
      return [
        `import questionnaire from '${prefix}/questionnaire';`,
        `import presets from '${prefix}/presets';`,
        `export default { ...${JSON.stringify(rest)}, questionnaire, presets };`,
      ].join('\n');
    }
  }
}

/**
 * Validates content/ at build time and hands the browser already-parsed data, so the client ships
 * neither the YAML parser nor the schemas. A content error fails the build with every problem listed.
 */
export function contentPlugin(dir: string = defaultContentDir): Plugin {
  return {
    name: 'startup-stack-advisor:content',
    resolveId: (id) => (isPartId(id) ? `\0${id}` : undefined),
    load(id) {
      const partId = id.slice(1);
      if (!id.startsWith('\0') || !isPartId(partId)) return undefined;
      const files = readContentFiles(dir);
      // One watch per file: Vite's dev server treats watched paths as imports, and a folder is not one.
      for (const file of files) this.addWatchFile(join(dir, file.path));
      const result = parseContent(files);
      if (!result.ok) {
        this.error(
          `content/ is invalid:\n${result.issues.map((i) => `  - ${formatContentIssue(i)}`).join('\n')}`,
        );
      }
      return moduleCode(parts[partId], result.content);
    },
  };
}
