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
 * Storage behind guards. A browser can refuse any call: the storage is full (QuotaExceededError),
 * turned off (SecurityError), or the storage object itself is null, as in some WebViews. Reads then
 * find nothing, and writes keep the state in memory for this visit and call `onWriteFailure`,
 * rather than breaking the click that saved.
 */
function guardedStorage(storage: () => Storage, onWriteFailure: () => void) {
  return {
    getItem: (name) => {
      try {
        return storage().getItem(name);
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        storage().setItem(name, value);
      } catch {
        onWriteFailure();
      }
    },
    removeItem: (name) => {
      try {
        storage().removeItem(name);
      } catch {
        // Nothing to remove from a storage we cannot reach.
      }
    },
  } satisfies StateStorage<void>;
}

/**
 * The one way the app reaches localStorage, for every store that keeps the user's work. A failed
 * write tells the user once that what they change lasts only while the tab is open.
 */
export const browserStorage = guardedStorage(
  () => localStorage,
  () => {
    if (!useStorageStatus.getState().told)
      useStorageStatus.setState({ notSaving: true, told: true });
  },
);

/**
 * The one way the app reaches sessionStorage: for what should outlive a reload but not the tab (a
 * what-if scenario). A failed write says nothing, as losing it costs the user no saved work.
 */
export const sessionBrowserStorage = guardedStorage(
  () => sessionStorage,
  () => undefined,
);
