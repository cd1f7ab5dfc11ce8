import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amplifySpaRewrite, rewritesToIndex } from '../e2e/support/amplify-spa-rewrite';

const root = new URL('../../', import.meta.url);

describe('the Amplify single-page-app rewrite', () => {
  it('is the rule README "Deploy" tells Amplify users to add', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const amplify = readme.slice(readme.indexOf('**AWS Amplify Hosting**'));
    const block = /```json\n([\s\S]*?)```/.exec(amplify)?.[1];
    expect(block, 'a json block in the Amplify item').toBeDefined();
    expect(JSON.parse(block ?? '')).toEqual([amplifySpaRewrite]);
  });

  it("keeps every extension of AWS's documented rule", () => {
    for (const extension of 'css gif ico jpg js png txt svg woff woff2 ttf map json webp'.split(
      ' ',
    ))
      expect(rewritesToIndex(`/file.${extension}`), extension).toBe(false);
  });

  it('serves the files a build writes as themselves', () => {
    const files = [
      ...readdirSync(new URL('public/', root)).map((file) => `/${file}`),
      '/sw.js',
      '/workbox-5ffe0a6b.js',
      '/manifest.webmanifest',
      '/assets/index-BfYx2k1a.js',
      '/assets/index-D4kq9wQe.css',
      '/assets/workbox-window.prod.es5-DG0db3Sr.js',
    ];
    expect(files.filter((file) => rewritesToIndex(file))).toEqual([]);
  });

  it('answers deep links with index.html', () => {
    for (const path of ['/', '/results', '/questions/stage-and-team', '/p/seed-saas', '/s'])
      expect(rewritesToIndex(path), path).toBe(true);
  });
});
