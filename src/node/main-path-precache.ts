import { resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import type { ManifestTransform } from 'workbox-build';
import { chunkOf, stylesheetsOf, withImports } from './bundle-graph';

/** The screens of the main path, beside the landing page that the entry holds. */
const mainPathScreens = [
  'src/app/routes/questions-route.tsx',
  'src/app/routes/review-route.tsx',
  'src/app/routes/results-route.tsx',
];

/** The structure of the content they show, which their loaders put together with a language's texts. */
const mainPathContent = ['\0virtual:content/questionnaire', '\0virtual:content/catalog'];

function mainPathAssets(bundle: Rollup.OutputBundle, root: string): Set<string> {
  const entry = Object.values(bundle).find(
    (file): file is Rollup.OutputChunk => file.type === 'chunk' && file.isEntry,
  );
  const chunks = new Set<string>();
  if (entry) withImports(bundle, entry.fileName, chunks);
  for (const screen of mainPathScreens) {
    withImports(bundle, chunkOf(bundle, resolve(root, screen)).fileName, chunks);
  }
  for (const part of mainPathContent) withImports(bundle, chunkOf(bundle, part).fileName, chunks);
  return new Set([...chunks, ...stylesheetsOf(bundle, chunks)]);
}

/**
 * What the service worker precaches: the code of the main path (landing, questions, review,
 * results) without any language, the app's shell and its icons, about half of the whole app.
 * Everything else (the compare and share pages, the export, each language's texts, the
 * prerendered pages) is cached when first used; the page then asks for its own language's texts
 * (src/ui/update-prompt-container.tsx), so a visitor caches one language. The plugin reads the
 * main path from the bundle; `transform` filters the Workbox precache list by it.
 */
export function mainPathPrecache(): { plugin: Plugin; transform: ManifestTransform } {
  let assets: Set<string> | undefined;
  let root = '.';
  const plugin: Plugin = {
    name: 'startup-stack-advisor:main-path-precache',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      root = config.root;
    },
    writeBundle(_, bundle) {
      assets = mainPathAssets(bundle, root);
    },
  };
  const transform: ManifestTransform = (entries) => {
    if (!assets) throw new Error('the precache list was asked for before the bundle was written');
    const mainPath = assets;
    return {
      manifest: entries.filter((entry) =>
        entry.url.startsWith('assets/')
          ? mainPath.has(entry.url)
          : !/\/index\.html$/.test(entry.url),
      ),
      warnings: [],
    };
  };
  return { plugin, transform };
}
