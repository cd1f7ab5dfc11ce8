import type { RankedService } from '../../domain/advice';
import type { Content } from '../../domain/content';
import { useLocalize } from '../../i18n/use-localize';
import { serviceName } from './content-lookup';
import { messages } from './messages';
import { ReasonList } from './reason-list';
import shared from './shared.module.css';
import styles from './slot-card.module.css';

interface AlternativeListProps {
  alternatives: readonly RankedService[];
  /** The id of the heading that names the list. */
  labelledBy: string;
  content: Content;
}

/** The runners-up, best first, with when each would be the better pick. */
export function AlternativeList({ alternatives, labelledBy, content }: AlternativeListProps) {
  const t = useLocalize();
  if (alternatives.length === 0)
    return <p className={shared.muted}>{t(messages.cardNoAlternatives)}</p>;
  return (
    <ol className={styles.alternatives} aria-labelledby={labelledBy}>
      {alternatives.map((alternative) => {
        // The standing "why" repeats the candidate's pitch; only rules that fired say something new.
        const fired = alternative.reasons.filter((reason) => reason.rule !== null);
        return (
          <li key={alternative.service}>
            <strong>{serviceName(content, alternative.service)}</strong>{' '}
            <span className={shared.muted}>
              {t(messages.cardScore, { score: alternative.score })}
            </span>
            <p className={styles.preferWhen}>
              {t(messages.cardPreferWhen, { text: t(alternative.preferWhen) })}
            </p>
            {fired.length > 0 ? <ReasonList reasons={fired} content={content} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
