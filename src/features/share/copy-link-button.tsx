import type { Answers } from '../../domain/answers';
import type { QuestionnaireOutline } from '../../domain/questionnaire-outline';
import { useLocalize } from '../../i18n/use-localize';
import { CopyTextButton } from '../../ui/copy-text-button';
import { shareUrl } from '../../ui/share-url';
import { shareMessages as messages } from './messages';
import styles from './share.module.css';

interface CopyLinkButtonProps {
  answers: Answers;
  questionnaire: QuestionnaireOutline;
}

/** "Copy link": the absolute URL that opens these answers, for a mentor to hand to the room. */
export function CopyLinkButton({ answers, questionnaire }: CopyLinkButtonProps) {
  const t = useLocalize();
  return (
    <div className={styles.copyLink}>
      <CopyTextButton
        text={shareUrl(answers, questionnaire)}
        label={t(messages.copyLink)}
        fieldLabel={t(messages.linkField)}
      />
      <p className={styles.hint}>{t(messages.copyLinkHint)}</p>
    </div>
  );
}
