import type { Lang } from '../domain/languages';

export interface PrerenderedHtmlParts {
  lang: Lang;
  /** The page's markup, rendered by React, for `#root`. */
  rootHtml: string;
  title: string;
  description: string;
  /** The deferred boot script and, in its data attributes, what it loads after the first paint. */
  boot: { src: string; entry: string; preload: readonly string[] };
  /** All the CSS the page needs, written into it, so it paints styled after one round trip. */
  styles: PageStyles;
  /** The page's address and its address in each language, absolute; none without a site URL. */
  links?: { canonical: string; alternates: Readonly<Record<Lang | 'x-default', string>> };
}

/** The text of the stylesheets a page needs, the app's and its own, and their addresses. */
export interface PageStyles {
  css: string;
  files: readonly string[];
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function replaceOnce(html: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(html)) throw new Error(`index.html has no ${String(pattern)}`);
  return html.replace(pattern, () => replacement);
}

/**
 * The page's CSS in one `<style>` block in place of the app's stylesheet links, so the first paint
 * waits for the HTML alone; the Content-Security-Policy allows the block by its hash. Each file it
 * holds stays named by a disabled stylesheet link, which the browser does not fetch but Vite's
 * loader counts as loaded, so the page's code arriving later does not fetch that CSS again.
 */
function inlineStyles({ css, files }: PageStyles): string[] {
  if (/<\/style/i.test(css)) throw new Error('CSS with "</style" in it cannot be written inline');
  return [
    `<style>${css}</style>`,
    ...files.map((href) => `<link rel="stylesheet" disabled href="${escapeAttribute(href)}">`),
  ];
}

/**
 * A prerendered page from the built index.html: the page's markup in `#root`, its language, title
 * and description, its CSS, and one deferred boot script in place of the entry module and its
 * preloads, so nothing but the HTML comes before the first paint.
 */
export function prerenderedHtml(template: string, parts: PrerenderedHtmlParts): string {
  const { boot, links } = parts;
  const head = [
    ...inlineStyles(parts.styles),
    ...(links
      ? [
          `<link rel="canonical" href="${escapeAttribute(links.canonical)}">`,
          ...Object.entries(links.alternates).map(
            ([lang, href]) =>
              `<link rel="alternate" hreflang="${lang}" href="${escapeAttribute(href)}">`,
          ),
        ]
      : []),
    `<script defer src="${escapeAttribute(boot.src)}" data-entry="${escapeAttribute(boot.entry)}" data-preload="${escapeAttribute(boot.preload.join(' '))}"></script>`,
  ].join('\n    ');
  let html = template.replace(/\s*<link rel="(?:modulepreload|stylesheet)"[^>]*>/g, '');
  html = replaceOnce(html, /\s*<script type="module"[^>]*><\/script>/, '');
  html = replaceOnce(html, /<html lang="[^"]*">/, `<html lang="${parts.lang}">`);
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeText(parts.title)}</title>`);
  html = replaceOnce(
    html,
    /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
    `<meta name="description" content="${escapeAttribute(parts.description)}" />`,
  );
  html = replaceOnce(html, /<\/head>/, `  ${head}\n  </head>`);
  return replaceOnce(html, /<div id="root"><\/div>/, `<div id="root">${parts.rootHtml}</div>`);
}

/** The stylesheets the built index.html links, the app's own, in order. */
export function templateStylesheets(template: string): string[] {
  return [...template.matchAll(/<link rel="stylesheet"[^>]*\shref="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
}

/** The entry module of the built index.html. */
export function entryScriptOf(template: string): string {
  const src = /<script type="module"[^>]*\ssrc="([^"]+)"/.exec(template)?.[1];
  if (src === undefined) throw new Error('index.html has no entry module');
  return src;
}
