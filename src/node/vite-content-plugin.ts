import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { TextPart } from '../app/content-in-language';
import {
  formatContentIssue,
  type Catalog,
  type CatalogService,
  type ParsedContent,
} from '../domain/content';
import type { Preset } from '../domain/guidance-schema';
import type { Service } from '../domain/service-schema';
import { advise } from '../domain/advise';
import { parseAnswers } from '../domain/answers';
import { examplePage } from '../domain/results-content';
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

/** An example team's page as the build works it out (see `examplePage`). */
function examplePageOf(content: ParsedContent, preset: Preset) {
  const answers = parseAnswers(preset.answers, content.questionnaire).answers;
  return examplePage(advise(answers, content), content);
}

/** The module of an example team's page: its structure, or `…-texts-ja` for one language. */
const exampleModule = (presetId: string) => `${prefix}/example-${presetId}`;
const exampleModulePattern = new RegExp(
  `^${prefix}/example-(.+?)(?:-texts-(${languages.join('|')}))?$`,
);

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
  | { kind: 'outline' | 'presets' | 'diagram-phrases' | 'examples' }
  | { kind: 'shape'; textPart: TextPart }
  | { kind: 'texts'; textPart: TextPart; lang: Lang }
  | { kind: 'example-shape'; presetId: string }
  | { kind: 'example-texts'; presetId: string; lang: Lang };

const parts = new Map<string, Part>([
  [`${prefix}/outline`, { kind: 'outline' }],
  [`${prefix}/examples`, { kind: 'examples' }],
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

/** An example team's module by its name; the presets in content/ say which exist. */
function examplePart(id: string): Part | undefined {
  const match = exampleModulePattern.exec(id);
  if (!match?.[1]) return undefined;
  const presetId = match[1];
  const lang = languages.find((candidate) => candidate === match[2]);
  return lang ? { kind: 'example-texts', presetId, lang } : { kind: 'example-shape', presetId };
}

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

/** Each example team's page split into structure and texts, once per parsed content. */
const exampleTablesOf = memoize(
  (content: ParsedContent) =>
    new Map(
      content.presets.map((preset) => [preset.id, splitTexts(examplePageOf(content, preset))]),
    ),
  new WeakMap<ParsedContent, Map<string, TextTables<unknown>>>(),
);

function exampleTables(content: ParsedContent, presetId: string): TextTables<unknown> {
  const tables = exampleTablesOf(content).get(presetId);
  if (!tables) throw new Error(`no example team "${presetId}"`);
  return tables;
}

/** Per example team, how to load its page's structure and each language's texts. */
function examplesIndex(content: ParsedContent): string {
  const entries = content.presets.map((preset) => {
    const load = (module: string) => `() => import(${JSON.stringify(module)})`;
    const module = exampleModule(preset.id);
    const texts = languages.map((lang) => `${lang}: ${load(`${module}-texts-${lang}`)}`);
    return `${JSON.stringify(preset.id)}: { shape: ${load(module)}, ${texts.join(', ')} }`;
  });
  return `export default {\n${entries.join(',\n')}\n};`;
}

function moduleCode(part: Part, content: ParsedContent): string {
  switch (part.kind) {
    case 'examples':
      return examplesIndex(content);
    case 'example-shape':
      return `export default ${JSON.stringify(exampleTables(content, part.presetId).shape)};`;
    case 'example-texts':
      return `export default ${JSON.stringify(exampleTables(content, part.presetId).texts[part.lang])};`;
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
    resolveId: (id) => (parts.has(id) || examplePart(id) ? `\0${id}` : undefined),
    load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : undefined;
      const part = name === undefined ? undefined : (parts.get(name) ?? examplePart(name));
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
