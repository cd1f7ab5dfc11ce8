import { useLocalize } from '../../i18n/use-localize';
import { layoutMessages as messages } from './layout-messages';
import buttons from '../../ui/button.module.css';

/** Opens every collapsed part at once (to read or print it all), or closes them again. */
export function OpenAllButton({
  allOpen,
  onOpenAll,
  onCloseAll,
}: {
  allOpen: boolean;
  onOpenAll: () => void;
  onCloseAll: () => void;
}) {
  const t = useLocalize();
  return (
    <button type="button" className={buttons.secondary} onClick={allOpen ? onCloseAll : onOpenAll}>
      {t(allOpen ? messages.closeAll : messages.openAll)}
    </button>
  );
}
