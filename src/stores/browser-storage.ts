import { create } from 'zustand';
import type { StateStorage } from 'zustand/middleware';

interface StorageStatus {
  /** A write failed this visit: what the user changes lasts only while the tab is open. */
  notSaving: boolean;
  /** The user has been told; after a dismissal, the next failed write stays quiet. */
  told: boolean;
  dismiss: () => void;
}

/** Whether the app could not save, for the notice that says so. */
export const useStorageStatus = create<StorageStatus>()((set) => ({
  notSaving: false,
  told: false,
  dismiss: () => {
    set({ notSaving: false });
  },
}));

/**
 * The one way the app reaches localStorage, for every store. A browser can refuse any call: the
 * storage is full (QuotaExceededError), turned off (SecurityError), or `localStorage` itself is
 * null, as in some WebViews. Reads then find nothing, and writes keep the state in memory for
 * this visit and tell the user once, rather than breaking the click that saved.
 */
export const browserStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value);
    } catch {
      if (!useStorageStatus.getState().told)
        useStorageStatus.setState({ notSaving: true, told: true });
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing to remove from a storage we cannot reach.
    }
  },
} satisfies StateStorage<void>;
