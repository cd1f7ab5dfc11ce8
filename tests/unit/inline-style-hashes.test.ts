import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtStyleHashes, styleHash, styleHashesOf } from '../../src/node/inline-style-hashes';

const dir = mkdtempSync(join(tmpdir(), 'built-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the hashes of inline styles', () => {
  it('are the CSP hash source of the exact text (the example of the CSP specification)', () => {
    expect(styleHash("alert('Hello, world.');")).toBe(
      'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=',
    );
    expect(styleHash('a{}')).not.toBe(styleHash('a{} '));
  });

  it('cover every style block of a page', () => {
    expect(styleHashesOf('<style>a{}</style><p>x</p><style>\nb{}\n</style>')).toEqual([
      styleHash('a{}'),
      styleHash('\nb{}\n'),
    ]);
    expect(styleHashesOf('<link rel="stylesheet" href="/a.css">')).toEqual([]);
  });

  it('of a build are those of all its pages, each once, sorted', () => {
    mkdirSync(join(dir, 'ja/p/seed-saas'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<link rel="stylesheet" href="/a.css">');
    writeFileSync(join(dir, 'ja/index.html'), '<style>a{}</style>');
    writeFileSync(join(dir, 'ja/p/seed-saas/index.html'), '<style>a{}</style><style>b{}</style>');
    writeFileSync(join(dir, 'sw.js'), '"<style>c{}</style>"');
    expect(builtStyleHashes(dir)).toEqual([styleHash('a{}'), styleHash('b{}')].sort());
  });
});
