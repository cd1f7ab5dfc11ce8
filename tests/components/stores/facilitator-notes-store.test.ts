import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStorageStatus } from '../../../src/stores/browser-storage';
import { useFacilitatorNotesStore } from '../../../src/stores/facilitator-notes-store';

const key = 'stack-advisor.facilitator-notes';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the facilitator notes setting', () => {
  it('starts hidden, so a projector never shows a note nobody asked for', () => {
    expect(useFacilitatorNotesStore.getState().show).toBe(false);
  });

  it('reads back a saved choice', async () => {
    localStorage.setItem(key, JSON.stringify({ state: { show: true }, version: 1 }));
    await useFacilitatorNotesStore.persist.rehydrate();
    expect(useFacilitatorNotesStore.getState().show).toBe(true);
  });

  it.each([
    ['a string', { state: { show: 'yes' }, version: 1 }],
    ['nothing', { state: {}, version: 1 }],
    ['a newer version', { state: { show: 1 }, version: 9 }],
  ])('ignores %s where a choice should be, keeping the notes hidden', async (_, saved) => {
    localStorage.setItem(key, JSON.stringify(saved));
    await useFacilitatorNotesStore.persist.rehydrate();
    expect(useFacilitatorNotesStore.getState().show).toBe(false);
  });

  it('keeps the choice for this visit where localStorage is null, as in some WebViews', async () => {
    vi.stubGlobal('localStorage', null);
    expect(() => {
      useFacilitatorNotesStore.getState().setShow(true);
    }).not.toThrow();
    await expect(useFacilitatorNotesStore.persist.rehydrate()).resolves.toBeUndefined();
    expect(useFacilitatorNotesStore.getState().show).toBe(true);
    expect(useStorageStatus.getState().notSaving).toBe(true);
  });
});
