import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useAnnouncementStore } from '../../src/stores/announcement-store';
import { useAnswersStore } from '../../src/stores/answers-store';
import { useStorageStatus } from '../../src/stores/browser-storage';
import { useFacilitatorNotesStore } from '../../src/stores/facilitator-notes-store';
import { useLanguageStore } from '../../src/stores/language-store';
import { useScenarioStore } from '../../src/stores/scenario-store';
import { renderEveryStageAtOnce } from '../../src/ui/staged-rendering';

// Screens load their code on first visit, and the results bring the whole catalog: on a busy
// two-core CI machine that first load can take many times Testing Library's default second. The
// wait ends as soon as the page is there; the limit only ends a page that never comes.
configure({ asyncUtilTimeout: 20_000 });

// A long page renders its later parts a task at a time after the first paint (useStages); tests
// query any part right after rendering, so here every part renders at once. The staging itself is
// tested with this off, in tests/components/results/staged-results.test.tsx.
renderEveryStageAtOnce(true);

// jsdom has no modal dialogs yet; this is just enough for <dialog> to open and close in tests.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement, value?: string) {
  this.open = false;
  if (value !== undefined) this.returnValue = value;
  this.dispatchEvent(new Event('close'));
};

afterEach(() => {
  cleanup();
  // Resetting a persisted store writes it back, so storage is cleared after, not before.
  useAnswersStore.setState(useAnswersStore.getInitialState(), true);
  useLanguageStore.setState(useLanguageStore.getInitialState(), true);
  useAnnouncementStore.setState(useAnnouncementStore.getInitialState(), true);
  useStorageStatus.setState(useStorageStatus.getInitialState(), true);
  useFacilitatorNotesStore.setState(useFacilitatorNotesStore.getInitialState(), true);
  useScenarioStore.setState(useScenarioStore.getInitialState(), true);
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.lang = 'en';
});
