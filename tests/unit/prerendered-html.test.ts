import { describe, expect, it } from 'vitest';
import {
  entryScriptOf,
  prerenderedHtml,
  templateStylesheets,
} from '../../src/node/prerendered-html';

const template = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="English" />
    <title>Startup Stack Advisor</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/memoize-def.js">
    <link rel="stylesheet" crossorigin href="/assets/memoize-mno.css">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const parts = {
  lang: 'ja',
  rootHtml: '<main><h1>サンプル &amp; チーム</h1></main>',
  title: 'A & B · Startup Stack Advisor',
  description: '日本語の "説明"',
  boot: { src: '/assets/boot-1.js', entry: '/assets/index-abc.js', preload: ['/a.js', '/b.js'] },
  styles: {
    css: '.a{color:red}.b{margin:0}',
    files: ['/assets/memoize-mno.css', '/assets/index-ghi.css', '/assets/results-jkl.css'],
  },
} as const;

describe('a prerendered page', () => {
  const html = prerenderedHtml(template, parts);

  it('holds the page in #root, in its language', () => {
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('<div id="root"><main><h1>サンプル &amp; チーム</h1></main></div>');
    expect(html).toContain('<title>A &amp; B · Startup Stack Advisor</title>');
    expect(html).toContain('<meta name="description" content="日本語の &quot;説明&quot;" />');
  });

  it('asks for no module before the first paint, only a deferred boot script', () => {
    expect(html).not.toMatch(/type="module"|modulepreload/);
    expect(html).toContain(
      '<script defer src="/assets/boot-1.js" data-entry="/assets/index-abc.js" data-preload="/a.js /b.js"></script>',
    );
  });

  it('carries its CSS in one style block instead of stylesheets to fetch before it paints', () => {
    expect(html.match(/<style>[^<]*<\/style>/g)).toEqual([
      '<style>.a{color:red}.b{margin:0}</style>',
    ]);
    expect(html).not.toMatch(/<link rel="stylesheet" crossorigin/);
  });

  it('names each stylesheet it carries by a disabled link, so the app does not load it again', () => {
    const named = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((match) => match[0]);
    expect(named).toEqual([
      '<link rel="stylesheet" disabled href="/assets/memoize-mno.css">',
      '<link rel="stylesheet" disabled href="/assets/index-ghi.css">',
      '<link rel="stylesheet" disabled href="/assets/results-jkl.css">',
    ]);
  });

  it('refuses CSS that would end its style block early', () => {
    expect(() =>
      prerenderedHtml(template, {
        ...parts,
        styles: { css: 'a::after{content:"</STYLE>"}', files: [] },
      }),
    ).toThrow('cannot be written inline');
  });

  it("reads the app's stylesheets from the built index.html, in order", () => {
    expect(templateStylesheets(template)).toEqual([
      '/assets/memoize-mno.css',
      '/assets/index-ghi.css',
    ]);
  });

  it('names its canonical address and each language’s only when the site address is known', () => {
    expect(html).not.toContain('rel="canonical"');
    const linked = prerenderedHtml(template, {
      ...parts,
      links: {
        canonical: 'https://a.example/ja/',
        alternates: {
          en: 'https://a.example/en/',
          ja: 'https://a.example/ja/',
          'x-default': 'https://a.example/en/',
        },
      },
    });
    expect(linked).toContain('<link rel="canonical" href="https://a.example/ja/">');
    expect(linked).toContain('<link rel="alternate" hreflang="en" href="https://a.example/en/">');
    expect(linked).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://a.example/en/">',
    );
  });

  it('reads the entry module from the built index.html, and says so when there is none', () => {
    expect(entryScriptOf(template)).toBe('/assets/index-abc.js');
    expect(() => entryScriptOf('<html></html>')).toThrow('index.html has no entry module');
  });
});
