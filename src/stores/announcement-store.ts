import { create } from 'zustand';

interface AnnouncementState {
  message: string;
  announce: (message: string) => void;
}

/**
 * What the app-wide live region says next. For messages whose source disappears as they are said
 * (a "Start over" button that unmounts once the answers are gone), so a page-level region would
 * vanish with it.
 */
export const useAnnouncementStore = create<AnnouncementState>()((set) => ({
  message: '',
  announce: (message) => {
    set({ message });
  },
}));
