import { describe, expect, it } from 'vitest';
import {
  answersStorageKey,
  answersStoreVersion,
  useAnswersStore,
} from '../../../src/stores/answers-store';

function save(value: unknown): void {
  localStorage.setItem(
    answersStorageKey,
    typeof value === 'string' ? value : JSON.stringify(value),
  );
}

async function reload() {
  await useAnswersStore.persist.rehydrate();
  return useAnswersStore.getState();
}

describe('answers store', () => {
  it('saves answers and reads them back after a reload', async () => {
    useAnswersStore.getState().setAnswer('stage', 'seed');
    useAnswersStore.getState().setAnswer('data', ['relational']);
    const saved = localStorage.getItem(answersStorageKey) ?? '';
    useAnswersStore.setState({ answers: {} });
    save(saved);

    const state = await reload();

    expect(state.answers).toEqual({ stage: 'seed', data: ['relational'] });
    expect(state.savedAt, 'saved time').toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(state.notice).toBeUndefined();
  });

  it('clears an answer set to nothing or to an empty list', () => {
    const { setAnswer } = useAnswersStore.getState();
    setAnswer('stage', 'seed');
    setAnswer('data', ['graph']);
    setAnswer('stage', undefined);
    setAnswer('data', []);
    expect(useAnswersStore.getState().answers).toEqual({});
  });

  it('migrates a session saved without a version, keeping its answers', async () => {
    save({ state: { answers: { stage: 'growth', clients: ['web', 'mobile'] } }, version: 0 });

    const state = await reload();

    expect(state.answers).toEqual({ stage: 'growth', clients: ['web', 'mobile'] });
    expect(state.notice).toBeUndefined();
    expect(JSON.parse(localStorage.getItem(answersStorageKey) ?? '{}')).toMatchObject({
      version: answersStoreVersion,
    });
  });

  it('starts fresh with a notice when the saved text is not JSON', async () => {
    save('{"state": {"answers": {"stage": "se');

    const state = await reload();

    expect(state.answers).toEqual({});
    expect(state.notice).toEqual({ kind: 'started-fresh' });
  });

  it('starts fresh with a notice when the saved value is not a saved state', async () => {
    save([1, 2, 3]);
    expect((await reload()).notice).toEqual({ kind: 'started-fresh' });
  });

  it('drops unknown questions and values, keeps the rest and says how many were dropped', async () => {
    save({
      state: {
        answers: { stage: 'pre-seed', team: 'solo', colour: 'blue', data: ['relational', 'blob'] },
        savedAt: 'yesterday',
        lastSectionId: 'no-such-section',
      },
      version: answersStoreVersion,
    });

    const state = await reload();

    expect(state.answers).toEqual({ team: 'solo', data: ['relational'] });
    expect(state.notice).toEqual({ kind: 'recovered', dropped: 3 });
    expect(state.savedAt, 'an unreadable date is forgotten').toBeUndefined();
    expect(state.lastSectionId, 'an unknown section is forgotten').toBeUndefined();
  });

  it('forgets the notice once dismissed, and saves the cleaned answers', async () => {
    save({ state: { answers: { stage: 'seed', colour: 'blue' } }, version: answersStoreVersion });
    await reload();

    useAnswersStore.getState().dismissNotice();

    expect(useAnswersStore.getState().notice).toBeUndefined();
    expect((await reload()).notice, 'after another reload').toBeUndefined();
  });

  it('starts over with no answers and no resume point', () => {
    const { setAnswer, visitSection, startOver } = useAnswersStore.getState();
    setAnswer('stage', 'seed');
    visitSection('product');
    startOver();
    expect(useAnswersStore.getState()).toMatchObject({
      answers: {},
      savedAt: undefined,
      lastSectionId: undefined,
    });
  });
});
