import { useState } from 'react';
import { useLocalize } from '../i18n/use-localize';
import { useAnnouncementStore } from '../stores/announcement-store';
import { useAnswersStore } from '../stores/answers-store';
import { useScenarioStore } from '../stores/scenario-store';
import buttons from './button.module.css';
import { ConfirmDialog } from './confirm-dialog';
import { uiMessages } from './messages';

/** "Start over", behind a confirmation: answers are the one thing the user would hate to lose. */
export function StartOverButton() {
  const t = useLocalize();
  const startOver = useAnswersStore((state) => state.startOver);
  const discardScenario = useScenarioStore((state) => state.discard);
  const announce = useAnnouncementStore((state) => state.announce);
  const [confirming, setConfirming] = useState(false);

  return (
    <>
      <button
        type="button"
        className={buttons.quiet}
        onClick={() => {
          setConfirming(true);
        }}
      >
        {t(uiMessages.startOver)}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t(uiMessages.startOverTitle)}
        body={t(uiMessages.startOverBody)}
        confirmLabel={t(uiMessages.startOverConfirm)}
        cancelLabel={t(uiMessages.cancel)}
        onConfirm={() => {
          startOver();
          discardScenario();
          setConfirming(false);
          announce(t(uiMessages.answersCleared));
          // The page changes under the user (this button may be gone): continue from its top.
          document.getElementById('main')?.focus();
        }}
        onCancel={() => {
          setConfirming(false);
        }}
      />
    </>
  );
}
