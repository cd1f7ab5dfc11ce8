import { useLocalize } from '../../i18n/use-localize';
import buttons from '../../ui/button.module.css';
import { layoutMessages as messages } from './layout-messages';

/**
 * Prints the page as an A4 handout. The print styles keep what is open (the plan, the picture,
 * each pick's line and any part the reader opened) and drop the controls, so what a mentor hands
 * out is what they chose to show.
 */
export function PrintHandoutButton() {
  const t = useLocalize();
  return (
    <>
      <button
        type="button"
        className={buttons.secondary}
        aria-describedby="print-handout-hint"
        onClick={() => {
          window.print();
        }}
      >
        {t(messages.printHandout)}
      </button>
      <span id="print-handout-hint" hidden>
        {t(messages.printHandoutHint)}
      </span>
    </>
  );
}
