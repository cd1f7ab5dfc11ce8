import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { languages } from '../domain/languages';
import { switchLanguagePath } from '../domain/language-path';
import { memoize } from '../domain/memoize';
import type { RenderedPage } from '../prerender/render-page';
import { chunkOf, stylesheetsOf, withImports } from './bundle-graph';
import { entryScriptOf, prerenderedHtml, templateStylesheets } from './prerendered-html';

const serverEntry = 'src/prerender/render-page.tsx';
const bootSource = new URL('../prerender/boot.js', import.meta.url);

/**
 * After the browser build is written, renders the pages every visitor sees alike (the landing page,
 * the first question, each example team) to HTML in each language, at their own addresses
 * (`ja/p/seed-saas/index.html`), before the service worker's precache list is made from the
 * files. The server side is built by a second, SSR build of the same config.
 * `SITE_URL` (e.g. https://advisor.example.com) gives each page its canonical address and the
 * `hreflang` alternates; without it they are left out, as they must be absolute.
 */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'startup-stack-advisor:prerender',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      sequential: true,
      async handler(options, bundle) {
        const outDir = options.dir ?? resolve(config.root, config.build.outDir);
        // One folder per output folder: the browser tests build dist/ and dist-advisor/ at once.
        // Inside node_modules, so the server build's imports of React and the router resolve.
        const serverDir = join(config.root, 'node_modules/.prerender', basename(outDir));
        await build({
          configFile: config.configFile,
          configLoader: 'runner',
          mode: config.mode,
          base: config.base,
          logLevel: 'warn',
          build: { ssr: serverEntry, outDir: serverDir, emptyOutDir: true, copyPublicDir: false },
        });
        // In a Node process of its own: the config (and so this plugin) runs in Vite's module
        // runner, which has closed by now and cannot import the server build.
        const pages = JSON.parse(
          execFileSync(
            process.execPath,
            [
              '--input-type=module',
              '--eval',
              'const { renderAll } = await import(process.argv[1]); process.stdout.write(JSON.stringify(await renderAll()));',
              pathToFileURL(join(serverDir, 'render-page.js')).href,
            ],
            { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
          ),
        ) as RenderedPage[];

        const base = config.base;
        const boot = readFileSync(bootSource, 'utf8');
        const bootFile = `assets/boot-${createHash('sha256').update(boot).digest('hex').slice(0, 8)}.js`;
        writeFileSync(join(outDir, bootFile), boot);
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const entry = entryScriptOf(template);
        const entryChunks = withImports(bundle, entry.slice(base.length));
        const appStylesheets = templateStylesheets(template).map((href) => href.slice(base.length));
        // Every page carries the app's CSS, and pages of a kind their route's: read each file once.
        const cssOf = memoize(
          (file: string) => readFileSync(join(outDir, file), 'utf8'),
          new Map<string, string>(),
        );
        const site = process.env.SITE_URL?.replace(/\/$/, '');

        for (const target of pages) {
          const screenChunks = target.screen
            ? [
                ...withImports(
                  bundle,
                  chunkOf(bundle, resolve(config.root, target.screen)).fileName,
                ),
              ]
            : [];
          const contentChunks = target.content.flatMap((part) =>
            [`\0virtual:content/${part}`, `\0virtual:content/${part}-texts-${target.lang}`].map(
              (id) => chunkOf(bundle, id).fileName,
            ),
          );
          const pageChunks = [...screenChunks, ...contentChunks].filter(
            (file) => !entryChunks.has(file),
          );
          // The app's stylesheets first, then the page's, in the order their links had.
          const stylesheets = [
            ...new Set([...appStylesheets, ...stylesheetsOf(bundle, screenChunks)]),
          ];
          const { html: rootHtml, title, description } = target;
          const address = (path: string) => `${site ?? ''}${base}${path.slice(1)}`;
          const html = prerenderedHtml(template, {
            lang: target.lang,
            rootHtml,
            title,
            description,
            boot: {
              src: `${base}${bootFile}`,
              entry,
              preload: pageChunks.map((file) => `${base}${file}`),
            },
            styles: {
              css: stylesheets.map(cssOf).join(''),
              files: stylesheets.map((file) => `${base}${file}`),
            },
            links: site
              ? {
                  canonical: address(target.path),
                  alternates: {
                    ...Object.fromEntries(
                      languages.map((lang) => [
                        lang,
                        address(switchLanguagePath(target.path, lang)),
                      ]),
                    ),
                    'x-default': address(switchLanguagePath(target.path, 'en')),
                  } as Record<(typeof languages)[number] | 'x-default', string>,
                }
              : undefined,
          });
          const dir = join(outDir, target.path);
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, 'index.html'), html);
        }
      },
    },
  };
}
