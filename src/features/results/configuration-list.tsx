import type { ConfigurationAdvice } from '../../domain/advice';
import type { ResultsContent } from '../../domain/results-content';
import { useLocalize } from '../../i18n/use-localize';
import { AnswerChips } from './answer-chips';
import { serviceName } from '../../domain/content-lookup';
import styles from './slot-card.module.css';

/** How to set up the pick for the team's targets, with the answers that call for each step. */
export function ConfigurationList({
  configuration,
  content,
}: {
  configuration: readonly ConfigurationAdvice[];
  content: ResultsContent;
}) {
  const t = useLocalize();
  return (
    <ul className={styles.reasons}>
      {configuration.map((step) => (
        <li key={`${step.service}-${step.id}`}>
          <strong>{serviceName(content, step.service)}</strong> {t(step.text)}
          <AnswerChips answers={step.matched} content={content} />
        </li>
      ))}
    </ul>
  );
}
