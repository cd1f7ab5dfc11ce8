import { adrMessages as a } from './adr-messages';
import { markdownContext } from './markdown-context';
import { projectLine, renderAdrs, type AdrFile, type AdrInput } from './render-adrs';

/** The index of the records: where a reader of the folder starts, as on GitHub. */
export const adrIndexFileName = 'README.md';

/**
 * The decision records as the files of one folder: `README.md`, an index in the document's
 * language linking every record in order, then one MADR file per one-way door (`renderAdrs`).
 * File names are unique and safe on every file system (kebab-case ids), so a caller may write or
 * zip them as they are. Pure and deterministic: the same input gives the same files.
 */
export function renderAdrFiles(input: AdrInput): AdrFile[] {
  const ctx = markdownContext(input.content, input.lang);
  const records = renderAdrs(input);
  const project = projectLine(input.projectName, ctx);
  const list = records.map(
    (record, i) => `${String(i + 1)}. [${record.title}](${record.fileName})`,
  );
  const index = [
    `# ${ctx.say(a.indexTitle)}`,
    ...(project === undefined ? [] : [project]),
    ctx.say(records.length > 0 ? a.indexIntro : a.indexEmpty),
    ...(list.length > 0 ? [list.join('\n')] : []),
  ];
  return [
    { fileName: adrIndexFileName, markdown: `${index.join('\n\n')}\n` },
    ...records.map(({ fileName, markdown }) => ({ fileName, markdown })),
  ];
}
