import { afterEach, describe, expect, it, vi } from 'vitest';
import { answersStorageKey, useAnswersStore } from '../../../src/stores/answers-store';
import { useStorageStatus } from '../../../src/stores/browser-storage';
import { scenarioStorageKey, useScenarioStore } from '../../../src/stores/scenario-store';

const saved = { stage: 'seed', backend: 'functions' } as const;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the what-if scenario store', () => {
  it('keeps its edits in sessionStorage and leaves the saved answers alone', () => {
    useAnswersStore.setState({ answers: saved });
    const before = localStorage.getItem(answersStorageKey);
    useScenarioStore.getState().edit(saved, 'backend', 'containers');

    const kept = JSON.parse(sessionStorage.getItem(scenarioStorageKey) ?? 'null') as unknown;
    expect(kept).toEqual({ state: { edits: { backend: 'containers' } }, version: 1 });
    expect(localStorage.getItem(scenarioStorageKey), 'not in localStorage').toBeNull();
    expect(localStorage.getItem(answersStorageKey), 'saved answers as they were').toBe(before);
    expect(useAnswersStore.getState().answers).toEqual(saved);
  });

  it('restores the edits after a reload, dropping what today’s questions do not know', async () => {
    sessionStorage.setItem(
      scenarioStorageKey,
      JSON.stringify({
        state: { edits: { backend: 'containers', stage: null, colour: 'blue', team: 'huge' } },
        version: 1,
      }),
    );
    await useScenarioStore.persist.rehydrate();
    expect(useScenarioStore.getState().edits).toEqual({ backend: 'containers', stage: null });
  });

  it('starts empty from a kept value that is not JSON', async () => {
    sessionStorage.setItem(scenarioStorageKey, '{not json');
    await useScenarioStore.persist.rehydrate();
    expect(useScenarioStore.getState().edits).toEqual({});
  });

  it('keeps the scenario in memory when sessionStorage refuses, without a notice', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    useScenarioStore.getState().edit(saved, 'backend', 'containers');
    expect(useScenarioStore.getState().edits).toEqual({ backend: 'containers' });
    expect(useStorageStatus.getState().notSaving, 'a scenario is not saved work').toBe(false);
  });
});
