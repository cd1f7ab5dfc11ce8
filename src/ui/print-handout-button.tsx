import { useId } from 'react';
import { useLocalize } from '../i18n/use-localize';
import buttons from './button.module.css';
import { uiMessages as messages } from './messages';

/**
 * Prints the results page, one's own or a preset's, as an A4 handout. The print styles keep what
 * is open (the plan, the picture, each pick's line and any part the reader opened) and drop the
 * controls, so what a mentor hands out is what they chose to show.
 */
export function PrintHandoutButton() {
  const t = useLocalize();
  const hintId = useId();
  return (
    <>
      <button
        type="button"
        className={buttons.secondary}
        aria-describedby={hintId}
        onClick={() => {
          window.print();
        }}
      >
        {t(messages.printHandout)}
      </button>
      <span id={hintId} hidden>
        {t(messages.printHandoutHint)}
      </span>
    </>
  );
}
