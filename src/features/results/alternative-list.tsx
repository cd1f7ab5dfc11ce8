import type { RankedService } from '../../domain/advice';
import type { ResultsContent } from '../../domain/results-content';
import { useLocalize } from '../../i18n/use-localize';
import { serviceName } from '../../domain/content-lookup';
import { messages } from './messages';
import shared from './shared.module.css';
import styles from './slot-card.module.css';
import { WhyNotLine } from './why-not-line';

interface AlternativeListProps {
  alternatives: readonly RankedService[];
  /** The id of the heading that names the list. */
  labelledBy: string;
  content: ResultsContent;
}

/** The runners-up, best first, each with the one line that says why it is not the pick. */
export function AlternativeList({ alternatives, labelledBy, content }: AlternativeListProps) {
  const t = useLocalize();
  if (alternatives.length === 0)
    return <p className={shared.muted}>{t(messages.cardNoAlternatives)}</p>;
  return (
    <ol className={styles.alternatives} aria-labelledby={labelledBy}>
      {alternatives.map((alternative) => (
        <li key={alternative.service}>
          <strong>{serviceName(content, alternative.service)}</strong>
          <WhyNotLine whyNot={alternative.whyNot} content={content} />
        </li>
      ))}
    </ol>
  );
}
