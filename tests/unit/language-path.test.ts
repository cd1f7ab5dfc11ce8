import { describe, expect, it } from 'vitest';
import {
  pathInLanguage,
  splitLanguagePath,
  switchLanguagePath,
} from '../../src/domain/language-path';

describe('language paths', () => {
  it('puts a page below its language', () => {
    expect(pathInLanguage('ja', '/')).toBe('/ja/');
    expect(pathInLanguage('en', '/p/seed-saas/')).toBe('/en/p/seed-saas/');
    expect(pathInLanguage('ja', 'results')).toBe('/ja/results');
    expect(pathInLanguage('en', '/#presets-title')).toBe('/en/#presets-title');
  });

  it('reads the language and the page from a path', () => {
    expect(splitLanguagePath('/ja/questions/stage-and-team')).toEqual({
      lang: 'ja',
      rest: '/questions/stage-and-team',
    });
    expect(splitLanguagePath('/en')).toEqual({ lang: 'en', rest: '/' });
    expect(splitLanguagePath('/en/')).toEqual({ lang: 'en', rest: '/' });
  });

  it('finds no language in a path from before languages, or one that only starts like one', () => {
    expect(splitLanguagePath('/p/seed-saas')).toBeUndefined();
    expect(splitLanguagePath('/')).toBeUndefined();
    expect(splitLanguagePath('/english/results')).toBeUndefined();
  });

  it('switches a page to the other language, and gives an old path one', () => {
    expect(switchLanguagePath('/ja/p/seed-saas/', 'en')).toBe('/en/p/seed-saas/');
    expect(switchLanguagePath('/en/', 'ja')).toBe('/ja/');
    expect(switchLanguagePath('/results', 'ja')).toBe('/ja/results');
  });
});
