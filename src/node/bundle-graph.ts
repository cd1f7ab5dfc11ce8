import type { Rollup } from 'vite';

/** A chunk and every chunk it imports statically: what must be in before its module runs. */
export function withImports(
  bundle: Rollup.OutputBundle,
  fileName: string,
  seen = new Set<string>(),
): Set<string> {
  const chunk = bundle[fileName];
  if (chunk?.type !== 'chunk' || seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of chunk.imports) withImports(bundle, imported, seen);
  return seen;
}

/** The chunk whose entry module is `moduleId` (an absolute path, or `\0virtual:…`). */
export function chunkOf(bundle: Rollup.OutputBundle, moduleId: string): Rollup.OutputChunk {
  const chunk = Object.values(bundle).find(
    (file): file is Rollup.OutputChunk => file.type === 'chunk' && file.facadeModuleId === moduleId,
  );
  if (!chunk) throw new Error(`no chunk for ${moduleId}`);
  return chunk;
}

/** The stylesheets Vite loads with these chunks. */
export function stylesheetsOf(bundle: Rollup.OutputBundle, files: Iterable<string>): string[] {
  return [
    ...new Set(
      [...files].flatMap((file) => {
        const chunk = bundle[file];
        return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
      }),
    ),
  ];
}
