import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amplifyRewrites, amplifyTarget } from '../e2e/support/amplify-rewrites';

const root = new URL('../../', import.meta.url);

describe('the Amplify rewrites', () => {
  it('are the rules README "Deploy" tells Amplify users to add', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const amplify = readme.slice(readme.indexOf('**AWS Amplify Hosting**'));
    const block = /```json\n([\s\S]*?)```/.exec(amplify)?.[1];
    expect(block, 'a json block in the Amplify item').toBeDefined();
    expect(JSON.parse(block ?? '')).toEqual(amplifyRewrites);
  });

  it("keeps every extension of AWS's documented rule", () => {
    for (const extension of 'css gif ico jpg js png txt svg woff woff2 ttf map json webp'.split(
      ' ',
    ))
      expect(amplifyTarget(`/file.${extension}`), extension).toBeUndefined();
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
      '/ja/index.html',
      '/en/p/seed-saas/index.html',
    ];
    expect(files.filter((file) => amplifyTarget(file) !== undefined)).toEqual([]);
  });

  it('answers a prerendered page with its own file', () => {
    expect(amplifyTarget('/ja/')).toBe('/ja/index.html');
    expect(amplifyTarget('/en/p/seed-saas/')).toBe('/en/p/seed-saas/index.html');
    expect(amplifyTarget('/ja/questions/stage-and-team/')).toBe(
      '/ja/questions/stage-and-team/index.html',
    );
  });

  it('answers every other deep link, and links from before languages, with index.html', () => {
    for (const path of ['/', '/ja/results', '/en/s', '/results', '/p/seed-saas', '/en/p/seed-saas'])
      expect(amplifyTarget(path), path).toBe('/index.html');
  });
});
