import outline from 'virtual:content/outline';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Answers, AnswerValue } from '../domain/answers';
import { parseScenarioEdits, withEdit, type ScenarioEdits } from '../domain/what-if-scenario';
import { sessionBrowserStorage } from './browser-storage';

interface ScenarioState {
  /** The what-if edits made on the results page, over the saved answers. */
  edits: ScenarioEdits;
  /** Sets one answer of the scenario; `base` is the saved answers it is compared with. */
  edit: (base: Answers, questionId: string, value: AnswerValue | undefined) => void;
  /** Drops every edit: the results page shows the saved answers again. */
  discard: () => void;
}

export const scenarioStorageKey = 'stack-advisor.scenario';

/**
 * The "what if" scenario beside the saved answers. It lives in sessionStorage: a reload (the
 * "Reload" the app offers after an update, or one by accident) keeps what the user was exploring,
 * while a new tab or a later visit starts from the saved answers, not from a scenario they may have
 * forgotten. The saved answers change only when the user keeps the scenario.
 */
export const useScenarioStore = create<ScenarioState>()(
  persist(
    (set) => ({
      edits: {},
      edit: (base, questionId, value) => {
        set((state) => ({ edits: withEdit(state.edits, base, questionId, value) }));
      },
      discard: () => {
        set({ edits: {} });
      },
    }),
    {
      name: scenarioStorageKey,
      // Version 1 saves `{ edits }`; edits saved by any version are read the same way, below.
      version: 1,
      migrate: (persisted) => persisted as Partial<ScenarioState>,
      storage: createJSONStorage(() => sessionBrowserStorage),
      partialize: ({ edits }) => ({ edits }),
      // Nothing kept in the browser is trusted: edits that no longer fit the questions are dropped.
      merge: (persisted, current) => ({
        ...current,
        edits: parseScenarioEdits(
          (persisted as Partial<ScenarioState> | undefined)?.edits,
          outline,
        ),
      }),
    },
  ),
);
