import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAnswersStore } from '../../../src/stores/answers-store';
import { useStorageStatus } from '../../../src/stores/browser-storage';
import { useLanguageStore } from '../../../src/stores/language-store';

const languageKey = 'stack-advisor.language';

function storageIsFull(): void {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('every store writes through one guarded path', () => {
  it('switches the language with storage full, and tells the user once', () => {
    storageIsFull();
    expect(() => {
      useLanguageStore.getState().setLang('ja');
    }).not.toThrow();
    expect(useLanguageStore.getState().lang, 'switched for this visit').toBe('ja');
    expect(useStorageStatus.getState().notSaving).toBe(true);

    useStorageStatus.getState().dismiss();
    useLanguageStore.getState().setLang('en');
    useAnswersStore.getState().setAnswer('stage', 'seed');
    expect(useStorageStatus.getState().notSaving, 'not again after a dismissal').toBe(false);
    expect(useAnswersStore.getState().answers, 'answers kept in memory').toEqual({ stage: 'seed' });
  });

  it('tells the user when the answers are the first write that fails', () => {
    storageIsFull();
    useAnswersStore.getState().setAnswer('stage', 'seed');
    expect(useStorageStatus.getState().notSaving).toBe(true);
  });

  it('keeps working where localStorage is null, as in some WebViews', async () => {
    vi.stubGlobal('localStorage', null);
    expect(() => {
      useLanguageStore.getState().setLang('ja');
      useAnswersStore.getState().setAnswer('stage', 'seed');
    }).not.toThrow();
    await expect(useLanguageStore.persist.rehydrate()).resolves.toBeUndefined();
    await expect(useAnswersStore.persist.rehydrate()).resolves.toBeUndefined();
    expect(useLanguageStore.getState().lang).toBe('ja');
    expect(useStorageStatus.getState().notSaving).toBe(true);
  });
});

describe('the saved language setting', () => {
  it('is read from a newer version without an error, and migrated', async () => {
    const logged = vi.spyOn(console, 'error');
    localStorage.setItem(languageKey, JSON.stringify({ state: { lang: 'ja' }, version: 7 }));
    await useLanguageStore.persist.rehydrate();
    expect(useLanguageStore.getState().lang).toBe('ja');
    expect(logged).not.toHaveBeenCalled();
    expect(JSON.parse(localStorage.getItem(languageKey) ?? '{}')).toEqual({
      state: { lang: 'ja' },
      version: 1,
    });
  });

  it.each([
    ['a language we do not speak', JSON.stringify({ state: { lang: 'fr' }, version: 1 })],
    ['a newer shape', JSON.stringify({ state: { language: { code: 'ja' } }, version: 2 })],
    ['text that is not JSON', '{"state": {"lang": "j'],
  ])('falls back to the default for %s', async (_, saved) => {
    const logged = vi.spyOn(console, 'error');
    localStorage.setItem(languageKey, saved);
    await useLanguageStore.persist.rehydrate();
    expect(useLanguageStore.getState().lang).toBe('en');
    expect(logged).not.toHaveBeenCalled();
  });
});
