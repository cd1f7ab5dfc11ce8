import outline from 'virtual:content/outline';
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { parseAnswers, withAnswer, type Answers, type AnswerValue } from '../domain/answers';
import { browserStorage } from './browser-storage';

/** What the user should hear about their saved session after a load that was not clean. */
export type StorageNotice = { kind: 'recovered'; dropped: number } | { kind: 'started-fresh' };

/** The part of the state that is saved in the browser. */
interface SavedSession {
  answers: Answers;
  /** ISO timestamp of the last change, shown as "saved on ..." on the landing page. */
  savedAt: string | undefined;
  /** The section the user last opened, so "continue" returns there. */
  lastSectionId: string | undefined;
}

/** Stands in for a saved value that is not JSON or not a persisted state at all. */
interface UnreadableSave {
  unreadable: true;
}

interface AnswersState extends SavedSession {
  notice: StorageNotice | undefined;
  /** `undefined` or an empty list clears the answer. */
  setAnswer: (questionId: string, value: AnswerValue | undefined) => void;
  visitSection: (sectionId: string) => void;
  /** Replaces every answer at once, as opening a preset does. */
  replaceAnswers: (answers: Answers) => void;
  /** Replaces the answers with the user's own edit of them (a what-if kept): the section they were on stays. */
  keepAnswers: (answers: Answers) => void;
  startOver: () => void;
  dismissNotice: () => void;
}

export const answersStorageKey = 'stack-advisor.answers';
/**
 * Version 1 saves `{ answers, savedAt, lastSectionId }`. A state saved without a version (which
 * zustand reads as 0) or by a newer build is migrated by keeping only its answers, which the merge
 * step then validates like any other saved answers.
 */
export const answersStoreVersion = 1;

const unreadableSave: UnreadableSave = { unreadable: true };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The browser's storage (through the guarded path every store uses) behind zustand's storage
 * interface, with text that is not JSON coming back as an unreadable marker, not an exception.
 */
const answersStorage: PersistStorage<SavedSession | UnreadableSave> = {
  getItem: (name) => {
    const text = browserStorage.getItem(name);
    if (text === null) return null;
    try {
      const parsed: unknown = JSON.parse(text);
      if (isRecord(parsed) && isRecord(parsed.state)) {
        return parsed as unknown as StorageValue<SavedSession>;
      }
    } catch {
      // falls through to the marker below
    }
    return { state: unreadableSave, version: answersStoreVersion };
  },
  setItem: (name, value) => {
    browserStorage.setItem(name, JSON.stringify(value));
  },
  removeItem: (name) => {
    browserStorage.removeItem(name);
  },
};

const emptySession: SavedSession = { answers: {}, savedAt: undefined, lastSectionId: undefined };

/** Validates a saved session against today's questionnaire, keeping every answer that still fits. */
function restoreSession(saved: unknown): { session: SavedSession; notice?: StorageNotice } {
  if (!isRecord(saved) || 'unreadable' in saved) {
    return { session: emptySession, notice: { kind: 'started-fresh' } };
  }
  const parsed = parseAnswers(saved.answers ?? {}, outline);
  const sectionIds = new Set(outline.sections.map((section) => section.id));
  const session: SavedSession = {
    answers: parsed.answers,
    savedAt:
      typeof saved.savedAt === 'string' && !Number.isNaN(Date.parse(saved.savedAt))
        ? saved.savedAt
        : undefined,
    lastSectionId:
      typeof saved.lastSectionId === 'string' && sectionIds.has(saved.lastSectionId)
        ? saved.lastSectionId
        : undefined,
  };
  if (parsed.problems.length === 0) return { session };
  const keptAny = Object.keys(parsed.answers).length > 0;
  return {
    session,
    notice: keptAny
      ? { kind: 'recovered', dropped: parsed.problems.length }
      : { kind: 'started-fresh' },
  };
}

/**
 * The user's answers, saved in the browser so a reload or a later visit continues where they left
 * off. Advice is never stored: it is derived from these answers and the content on every render.
 */
export const useAnswersStore = create<AnswersState>()(
  persist(
    (set) => ({
      ...emptySession,
      notice: undefined,
      setAnswer: (questionId, value) => {
        set((state) => ({
          answers: withAnswer(state.answers, questionId, value),
          savedAt: new Date().toISOString(),
        }));
      },
      visitSection: (sectionId) => {
        set({ lastSectionId: sectionId });
      },
      replaceAnswers: (answers) => {
        set({ answers, savedAt: new Date().toISOString(), lastSectionId: undefined });
      },
      keepAnswers: (answers) => {
        set({ answers, savedAt: new Date().toISOString() });
      },
      startOver: () => {
        set({ ...emptySession, notice: undefined });
      },
      dismissNotice: () => {
        set({ notice: undefined });
      },
    }),
    {
      name: answersStorageKey,
      version: answersStoreVersion,
      storage: answersStorage,
      partialize: ({ answers, savedAt, lastSectionId }) => ({ answers, savedAt, lastSectionId }),
      migrate: (persisted) =>
        isRecord(persisted) && 'answers' in persisted
          ? { ...emptySession, answers: persisted.answers as Answers }
          : unreadableSave,
      // Runs on every load, migrated or not: nothing saved is trusted until parseAnswers has read it.
      merge: (persisted, current) => {
        if (persisted === undefined) return current;
        const { session, notice } = restoreSession(persisted);
        return { ...current, ...session, notice };
      },
    },
  ),
);
