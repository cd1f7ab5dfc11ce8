import type { Answers } from '../../domain/answers';
import type { QuestionnaireOutline } from '../../domain/questionnaire-outline';
import { useLang, useLocalize } from '../../i18n/use-localize';
import { CopyTextButton } from '../../ui/copy-text-button';
import { presetUrl, shareUrl } from '../../ui/share-url';
import { shareMessages as messages } from './messages';
import styles from './share.module.css';

interface CopyLinkButtonProps {
  answers: Answers;
  questionnaire: QuestionnaireOutline;
}

/** "Copy link": the absolute URL that opens these answers, for a mentor to hand to the room. */
export function CopyLinkButton({ answers, questionnaire }: CopyLinkButtonProps) {
  const t = useLocalize();
  const lang = useLang();
  return (
    <CopyLink url={() => shareUrl(lang, answers, questionnaire)} hint={t(messages.copyLinkHint)} />
  );
}

/**
 * "Copy link" on an example team's page: the page's own `/ja/p/<id>/` URL, short enough to read off a
 * slide. Copying adopts nothing, so a mentor can share a preset and keep their own answers.
 */
export function CopyPresetLinkButton({ presetId }: { presetId: string }) {
  const t = useLocalize();
  const lang = useLang();
  return <CopyLink url={() => presetUrl(lang, presetId)} hint={t(messages.copyPresetLinkHint)} />;
}

function CopyLink({ url, hint }: { url: () => string; hint: string }) {
  const t = useLocalize();
  return (
    <div className={styles.copyLink}>
      <CopyTextButton text={url} label={t(messages.copyLink)} fieldLabel={t(messages.linkField)} />
      <p className={styles.hint}>{hint}</p>
    </div>
  );
}
