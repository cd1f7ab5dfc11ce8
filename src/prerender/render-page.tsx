import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import presets from 'virtual:content/presets';
import outline from 'virtual:content/outline';
import { basename } from '../app/basename';
import { routes } from '../app/routes';
import { languages, type Lang } from '../domain/languages';
import { pathInLanguage } from '../domain/language-path';
import { presetPath } from '../ui/share-url';
import { screenContent } from '../app/content-in-language';
import { uiMessages } from '../ui/messages';
import { documentTitle } from '../ui/use-document-title';

/**
 * The build's server side (built with `vite build --ssr` by src/node/vite-prerender-plugin.ts): the
 * pages that look the same to every visitor, rendered to HTML once per language so they paint
 * before any script has arrived. The browser then hydrates them (src/main.tsx). Pages that show a
 * visitor's own answers (the results, a share link) are rendered in the browser only.
 */

/** A page to prerender, and what it needs once its HTML has painted. */
export interface PrerenderTarget {
  lang: Lang;
  /** The router's path, below any sub-path: `/ja/p/seed-saas/`. */
  path: string;
  /** The module of its screen when it loads on demand, for its CSS and code (`src/app/routes/…`). */
  screen?: string;
  /**
   * The content it shows, in its language, as routes.tsx loads it: each a structure module
   * (`virtual:content/<name>`) with a table of texts per language (`<name>-texts-ja`).
   */
  content: readonly string[];
}

/** Every page a visitor may open first that needs nothing of theirs, in every language. */
export function prerenderTargets(): PrerenderTarget[] {
  const firstSection = outline.sections[0]?.id;
  const pages: Omit<PrerenderTarget, 'lang'>[] = [
    { path: '/', content: [] },
    ...(firstSection === undefined
      ? []
      : [
          {
            path: `/questions/${firstSection}`,
            screen: 'src/app/routes/questions-route.tsx',
            content: screenContent.questions.parts,
          },
        ]),
    ...presets.map((preset) => ({
      path: presetPath(preset.id),
      screen: 'src/app/routes/preset-route.tsx',
      content: [...screenContent.example.parts, `example-${preset.id}`],
    })),
  ];
  return languages.flatMap((lang) =>
    pages.map((page) => ({ ...page, lang, path: pathInLanguage(lang, page.path) })),
  );
}

/** One page's markup, as the browser's first render will make it (the test of hydration checks). */
export async function renderPage(path: string): Promise<string> {
  const handler = createStaticHandler(routes, { basename });
  const url = new URL(`${import.meta.env.BASE_URL}${path.slice(1)}`, 'http://prerender');
  const context = await handler.query(new Request(url));
  if (context instanceof Response) {
    throw new Error(`prerendering ${path} redirected to ${context.headers.get('Location') ?? '?'}`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
}

/** The text of a page's first h1, as the page names itself. */
function headingOf(html: string): string {
  return (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface RenderedPage extends PrerenderTarget {
  html: string;
  /** The title the page sets once it runs (useDocumentTitle), there before it does. */
  title: string;
  description: string;
}

/** Every prerendered page, for the build (which runs this module in a Node process of its own). */
export async function renderAll(): Promise<RenderedPage[]> {
  const pages: RenderedPage[] = [];
  for (const target of prerenderTargets()) {
    const html = await renderPage(target.path);
    pages.push({
      ...target,
      html,
      title: documentTitle(headingOf(html), uiMessages.appName[target.lang]),
      description: uiMessages.appDescription[target.lang],
    });
  }
  return pages;
}
