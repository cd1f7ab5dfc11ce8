import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizePath, type Plugin } from 'vite';
import type { TextPart } from '../app/content-texts';
import { formatContentIssue, type Content, type ParsedContent } from '../domain/content';
import { memoize } from '../domain/memoize';
import { parseContent, type ContentFile, type ContentResult } from '../domain/parse-content';
import { languages, type Lang } from '../domain/languages';
import { outlineOf } from '../domain/questionnaire-outline';
import { splitTexts, type TextTables } from '../domain/text-tables';
import { defaultContentDir, readContentFiles } from './load-content';

const prefix = 'virtual:content';
// Forward slashes on every system, as an import specifier needs.
const contentTexts = normalizePath(
  fileURLToPath(new URL('../app/content-texts.ts', import.meta.url)),
);

/** The catalog, rules and guidance: everything the results need beyond the questionnaire. */
function catalogOf(content: ParsedContent) {
  const { facts, slots, rules, notices, stages, practices, decisions, pricing, usageProfiles } =
    content;
  return {
    // The app never renders the sourced facts (see CatalogService): a third of the catalog.
    services: content.services.map((service) =>
      Object.fromEntries(Object.entries(service).filter(([key]) => key !== 'facts')),
    ),
    facts,
    slots,
    rules,
    notices,
    stages,
    practices,
    decisions,
    pricing,
    usageProfiles,
  } satisfies Record<Exclude<keyof Content, 'questionnaire' | 'presets'>, unknown>;
}

const textSource = {
  questionnaire: (content: ParsedContent) => content.questionnaire,
  catalog: catalogOf,
} satisfies Record<TextPart, (content: ParsedContent) => unknown>;

/**
 * The content in the parts the screens need: the questionnaire's outline (no texts) for the saved
 * session and the landing page, the presets for the landing page's gallery, the questionnaire for
 * the question pages, and `virtual:content`, which re-exports those two beside the catalog, rules
 * and guidance for the results. The questionnaire and the catalog come as structure plus one table
 * of texts per language (`virtual:content/catalog-texts-ja`), so a visitor downloads one language.
 * The bundle holds each part once, and the first screen loads only the outline and the presets.
 */
type Part =
  | { kind: 'all' | 'outline' | 'questionnaire' | 'presets' }
  | { kind: 'texts'; textPart: TextPart; lang: Lang };

const parts = new Map<string, Part>([
  [prefix, { kind: 'all' }],
  [`${prefix}/outline`, { kind: 'outline' }],
  [`${prefix}/questionnaire`, { kind: 'questionnaire' }],
  [`${prefix}/presets`, { kind: 'presets' }],
  ...(Object.keys(textSource) as TextPart[]).flatMap((textPart) =>
    languages.map((lang): [string, Part] => [
      `${prefix}/${textPart}-texts-${lang}`,
      { kind: 'texts', textPart, lang },
    ]),
  ),
]);

/** Each part's structure and tables, split once per parsed content however many modules ask. */
const textTablesOf = memoize(
  (content: ParsedContent) =>
    Object.fromEntries(
      (Object.keys(textSource) as TextPart[]).map((part) => [
        part,
        splitTexts(textSource[part](content)),
      ]),
    ) as Record<TextPart, TextTables>,
  new WeakMap<ParsedContent, Record<TextPart, TextTables>>(),
);

const importRegister = `import { registerTextShape } from ${JSON.stringify(contentTexts)};`;

/** A part's structure, whose bilingual texts arrive per language through src/app/content-texts. */
function registeredShape(textPart: TextPart, content: ParsedContent): string {
  const { shape } = textTablesOf(content)[textPart];
  return `registerTextShape(${JSON.stringify(textPart)}, ${JSON.stringify(shape)})`;
}

function moduleCode(part: Part, content: ParsedContent): string {
  switch (part.kind) {
    case 'outline':
      return `export default ${JSON.stringify(outlineOf(content.questionnaire))};`;
    case 'presets':
      return `export default ${JSON.stringify(content.presets)};`;
    case 'questionnaire':
      return `${importRegister}\nexport default ${registeredShape('questionnaire', content)};`;
    case 'texts': {
      const { texts } = textTablesOf(content)[part.textPart];
      return `export default ${JSON.stringify(texts[part.lang])};`;
    }
    case 'all':
      return [
        importRegister,
        `import questionnaire from '${prefix}/questionnaire';`,
        `import presets from '${prefix}/presets';`,
        `export default { ...${registeredShape('catalog', content)}, questionnaire, presets };`,
      ].join('\n');
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
