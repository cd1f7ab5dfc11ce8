import { useId, useMemo } from 'react';
import type { Advice } from '../../../domain/advice';
import type { QuestionnaireOnResults, ResultsContent } from '../../../domain/results-content';
import type { QuestionOption } from '../../../domain/questionnaire-schema';
import { answerChanges, type AnswerChange } from '../../../domain/what-if-scenario';
import { useFormat } from '../../../i18n/use-format';
import { useLocalize } from '../../../i18n/use-localize';
import type { WhatIfScenario } from '../../../ui/what-if-scenario';
import { messages } from '../messages';
import { useChangeSentences } from './change-sentences';
import { ScenarioActions } from './scenario-actions';
import { scenarioTexts } from './scenario-texts';
import { useBaselineChanges } from './use-baseline-changes';
import type { Adviser } from './use-what-if-advice';
import styles from './scenario-summary.module.css';

interface ScenarioSummaryProps {
  scenario: WhatIfScenario;
  /** The advice for the scenario's answers. */
  advice: Advice;
  content: ResultsContent;
  adviser: Adviser;
}

/**
 * What the scenario changes against the answers it starts from: each changed answer, before and
 * after, what that does to the stack and its cost, and the ways out. Absent while nothing differs.
 */
export function ScenarioSummary({ scenario, advice, content, adviser }: ScenarioSummaryProps) {
  const changes = useMemo(
    () => answerChanges(scenario.base, scenario.answers, content.questionnaire),
    [scenario.base, scenario.answers, content.questionnaire],
  );
  if (changes.length === 0) return null;
  return (
    <ScenarioChanges scenario={scenario} changes={changes} advice={advice} adviser={adviser} />
  );
}

interface ScenarioChangesProps extends Omit<ScenarioSummaryProps, 'content'> {
  changes: readonly AnswerChange<QuestionnaireOnResults>[];
}

/** Split from the summary so the baseline's advice is derived only once there is a scenario. */
function ScenarioChanges({ scenario, changes, advice, adviser }: ScenarioChangesProps) {
  const t = useLocalize();
  const format = useFormat();
  const titleId = useId();
  const texts = scenarioTexts(scenario.origin);
  const stackChanges = useBaselineChanges(scenario.base, advice, adviser);
  const sentences = useChangeSentences(stackChanges, advice.stack, advice.cost.monthly);
  const labels = (options: readonly Pick<QuestionOption, 'label'>[]) =>
    options.length === 0
      ? t(messages.whatIfNotAnswered)
      : format.list(options.map((option) => t(option.label)));

  return (
    <section className={styles.summary} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {t(texts.title)}
      </h3>
      <ul className={styles.answers}>
        {changes.map(({ question, before, after }) => (
          <li key={question.id}>
            {t(messages.scenarioAnswerChange, {
              question: t(question.title),
              before: labels(before),
              after: labels(after),
            })}
          </li>
        ))}
      </ul>
      <p className={styles.stack}>
        <span className={styles.stackLabel}>{t(messages.scenarioStackLabel)}</span>{' '}
        {format.sentences(sentences)}
      </p>
      <ScenarioActions scenario={scenario} />
      <p className={styles.note}>{t(texts.note)}</p>
    </section>
  );
}
