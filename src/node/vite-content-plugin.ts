import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { TextPart } from '../app/content-in-language';
import {
  formatContentIssue,
  type Catalog,
  type CatalogService,
  type ParsedContent,
} from '../domain/content';
import type { Service } from '../domain/service-schema';
import { memoize } from '../domain/memoize';
import { parseContent, type ContentFile, type ContentResult } from '../domain/parse-content';
import { languages, type Lang } from '../domain/languages';
import { outlineOf } from '../domain/questionnaire-outline';
import { splitTexts, type TextTables } from '../domain/text-tables';
import { japanesePhraseBreaks } from './diagram-phrases';
import { defaultContentDir, readContentFiles } from './load-content';

const prefix = 'virtual:content';

/** The app never renders the sourced facts (see CatalogService): a third of the catalog. */
function catalogService(service: Service): CatalogService {
  const { facts, ...rest } = service;
  return rest;
}

/** The catalog, rules and guidance: everything the results need beyond the questionnaire. */
function catalogOf(content: ParsedContent): Catalog {
  const { facts, slots, rules, notices, stages, practices, decisions, pricing, usageProfiles } =
    content;
  return {
    services: content.services.map(catalogService),
    facts,
    slots,
    rules,
    notices,
    stages,
    practices,
    decisions,
    pricing,
    usageProfiles,
  };
}

const textSource = {
  questionnaire: (content: ParsedContent) => content.questionnaire,
  catalog: catalogOf,
} satisfies Record<TextPart, (content: ParsedContent) => unknown>;

/**
 * The content in the parts the screens need: the questionnaire's outline (no texts) for the saved
 * session and the landing page, the presets for the landing page's gallery, then the questionnaire
 * for the question pages and the catalog, rules and guidance for the results. Those two come as a
 * structure (`virtual:content/catalog`) and one table of texts per language
 * (`virtual:content/catalog-texts-ja`), which src/app/content-in-language.ts puts together, so a
 * visitor downloads one language. The first screen loads only the outline and the presets.
 * `virtual:content/diagram-phrases-ja` holds where the results diagram may break its Japanese
 * texts, found by BudouX here so the browser never runs it (src/node/diagram-phrases.ts).
 */
type Part =
  | { kind: 'outline' | 'presets' | 'diagram-phrases' }
  | { kind: 'shape'; textPart: TextPart }
  | { kind: 'texts'; textPart: TextPart; lang: Lang };

const parts = new Map<string, Part>([
  [`${prefix}/outline`, { kind: 'outline' }],
  [`${prefix}/presets`, { kind: 'presets' }],
  [`${prefix}/diagram-phrases-ja`, { kind: 'diagram-phrases' }],
  ...(Object.keys(textSource) as TextPart[]).flatMap((textPart) => [
    [`${prefix}/${textPart}`, { kind: 'shape', textPart }] satisfies [string, Part],
    ...languages.map((lang): [string, Part] => [
      `${prefix}/${textPart}-texts-${lang}`,
      { kind: 'texts', textPart, lang },
    ]),
  ]),
]);

/** Each part's structure and tables, split once per parsed content however many modules ask. */
const textTablesOf = memoize(
  (content: ParsedContent) =>
    Object.fromEntries(
      (Object.keys(textSource) as TextPart[]).map((part) => [
        part,
        splitTexts(textSource[part](content)),
      ]),
    ) as Record<TextPart, TextTables<unknown>>,
  new WeakMap<ParsedContent, Record<TextPart, TextTables<unknown>>>(),
);

function moduleCode(part: Part, content: ParsedContent): string {
  switch (part.kind) {
    case 'outline':
      return `export default ${JSON.stringify(outlineOf(content.questionnaire))};`;
    case 'presets':
      return `export default ${JSON.stringify(content.presets)};`;
    case 'diagram-phrases':
      return `export default ${JSON.stringify(japanesePhraseBreaks(content))};`;
    case 'shape':
      return `export default ${JSON.stringify(textTablesOf(content)[part.textPart].shape)};`;
    case 'texts': {
      const { texts } = textTablesOf(content)[part.textPart];
      return `export default ${JSON.stringify(texts[part.lang])};`;
    }
  }
}

/**
 * Validates content/ at build time and hands the browser already-parsed data, so the client ships
 * neither the YAML parser nor the schemas. A content error fails the build with every problem listed.
 */
export function contentPlugin(dir: string = defaultContentDir): Plugin {
  // Every content module of a build reads the same files; they are parsed again only when their
  // text changed (in the dev server, after an edit). Eight modules each parsed them before.
  let lastParse: { files: string; result: ContentResult } | undefined;
  const parseOnce = (files: ContentFile[]): ContentResult => {
    const key = JSON.stringify(files);
    if (lastParse?.files !== key) lastParse = { files: key, result: parseContent(files) };
    return lastParse.result;
  };
  return {
    name: 'startup-stack-advisor:content',
    resolveId: (id) => (parts.has(id) ? `\0${id}` : undefined),
    load(id) {
      const part = id.startsWith('\0') ? parts.get(id.slice(1)) : undefined;
      if (!part) return undefined;
      const files = readContentFiles(dir);
      // One watch per file: Vite's dev server treats watched paths as imports, and a folder is not one.
      for (const file of files) this.addWatchFile(join(dir, file.path));
      const result = parseOnce(files);
      if (!result.ok) {
        this.error(
          `content/ is invalid:\n${result.issues.map((i) => `  - ${formatContentIssue(i)}`).join('\n')}`,
        );
      }
      return moduleCode(part, result.content);
    },
  };
}
