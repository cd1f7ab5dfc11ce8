import type { WhyNot } from '../../domain/advice';
import type { ResultsContent } from '../../domain/results-content';
import { whyNotMessages } from '../../domain/why-not';
import { useLocalize } from '../../i18n/use-localize';
import { AnswerChips } from './answer-chips';
import { serviceName } from '../../domain/content-lookup';
import styles from './slot-card.module.css';

/**
 * Why a candidate is not the pick, in one line, with the answers it rests on (a list, so beside the
 * paragraph rather than inside it).
 */
export function WhyNotLine({ whyNot, content }: { whyNot: WhyNot; content: ResultsContent }) {
  const t = useLocalize();
  return (
    <div className={styles.preferWhen}>
      <p className={styles.whyNotText}>
        {t(whyNotMessages[whyNot.kind], {
          pick: whyNot.versus ? serviceName(content, whyNot.versus) : '',
          text: t(whyNot.text),
        })}
      </p>
      <AnswerChips answers={whyNot.matched} content={content} />
    </div>
  );
}
