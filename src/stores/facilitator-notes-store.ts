import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { browserStorage } from './browser-storage';

interface FacilitatorNotesState {
  /** Whether a preset page shows its facilitator note (and whatever else is for the mentor only). */
  show: boolean;
  setShow: (show: boolean) => void;
}

/**
 * Whether this browser shows facilitator notes, remembered per browser. Hidden by default: the
 * same preset link is opened on the projector and on every participant's laptop, and only the
 * mentor's own device should show the note, so a forgotten setting never spoils the discussion it
 * prepares. The mentor turns the notes on once on their device; the choice is kept.
 */
export const useFacilitatorNotesStore = create<FacilitatorNotesState>()(
  persist(
    (set) => ({
      show: false,
      setShow: (show) => {
        set({ show });
      },
    }),
    {
      name: 'stack-advisor.facilitator-notes',
      // Version 1 saves `{ show }`; any other shape is ignored by merge, leaving the notes hidden.
      version: 1,
      migrate: (persisted) => persisted as Partial<FacilitatorNotesState>,
      storage: createJSONStorage(() => browserStorage),
      partialize: ({ show }) => ({ show }),
      merge: (persisted, current) => {
        const show = (persisted as Partial<FacilitatorNotesState> | undefined)?.show;
        return typeof show === 'boolean' ? { ...current, show } : current;
      },
    },
  ),
);
