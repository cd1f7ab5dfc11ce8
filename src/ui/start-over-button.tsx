import { useState } from 'react';
import { useLocalize } from '../i18n/use-localize';
import { useAnswersStore } from '../stores/answers-store';
import buttons from './button.module.css';
import { ConfirmDialog } from './confirm-dialog';
import { LiveRegion } from './live-region';
import { uiMessages } from './messages';

/** "Start over", behind a confirmation: answers are the one thing the user would hate to lose. */
export function StartOverButton({ onCleared }: { onCleared?: () => void }) {
  const t = useLocalize();
  const startOver = useAnswersStore((state) => state.startOver);
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');

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
          setConfirming(false);
          setAnnouncement(t(uiMessages.answersCleared));
          onCleared?.();
        }}
        onCancel={() => {
          setConfirming(false);
        }}
      />
      <LiveRegion message={announcement} />
    </>
  );
}
