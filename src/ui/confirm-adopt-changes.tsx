import { useFormat } from '../i18n/use-format';
import { useLocalize } from '../i18n/use-localize';
import { ConfirmDialog } from './confirm-dialog';
import { uiMessages as messages } from './messages';
import type { ScenarioOverPreview } from './what-if-scenario';

interface ConfirmAdoptChangesProps {
  open: boolean;
  origin: ScenarioOverPreview['origin'];
  /** How many answers the user's what-if changed on the page. */
  changes: number;
  /** Whether different answers are saved, which adopting replaces. */
  replacing: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before "Make it mine" or "Use these answers" saves answers the user changed with the what-if:
 * what is saved is what they are looking at, the example's or link's answers with their changes,
 * and the dialog says so rather than letting them believe they saved the original.
 */
export function ConfirmAdoptChanges(props: ConfirmAdoptChangesProps) {
  const { open, origin, changes, replacing, onConfirm, onCancel } = props;
  const t = useLocalize();
  const format = useFormat();
  const forms =
    origin === 'example'
      ? { one: messages.adoptChangesExampleOne, other: messages.adoptChangesExampleOther }
      : { one: messages.adoptChangesLinkOne, other: messages.adoptChangesLinkOther };
  const body = format.sentences([
    t(format.plural(changes, forms), { count: changes }),
    ...(replacing ? [t(messages.adoptChangesReplaces)] : []),
  ]);
  return (
    <ConfirmDialog
      open={open}
      title={t(messages.adoptChangesTitle)}
      body={body}
      confirmLabel={t(messages.adoptChangesConfirm)}
      cancelLabel={t(messages.cancel)}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
