import { useCallback, useInsertionEffect, useMemo, useRef, type JSX } from 'react';
import { effectiveAnswers, type Answers, type AnswerValue } from '../../domain/answers';
import { answerListForRole } from '../../domain/question-roles';
import type { Content } from '../../domain/content';
import { useLocalize } from '../../i18n/use-localize';
import { ChangeStatus } from './change-status';
import { CostSummary } from './cost/cost-summary';
import { DecisionList } from './decision-list';
import { FailureChecklist } from './failure-checklist';
import { HeavyLiftingLedger } from './heavy-lifting-ledger';
import { messages } from './messages';
import { ResultsSection } from './results-section';
import { resultsSections as sections, type SectionLink } from './results-sections';
import { ResultsSummary } from './results-summary';
import { SectionNav } from './section-nav';
import { SlotCard } from './slot-card';
import { StackDiagram } from './diagram/stack-diagram';
import { StageRoadmap } from './stage-roadmap';
import { useWhatIfAdvice } from './use-what-if-advice';
import { WarningList } from './warning-list';
import { WhatIfPanel } from './what-if-panel';
import styles from './results-page.module.css';

export interface ResultsPageProps {
  /** The user's answers as stored; questions no longer shown are dropped here, as the engine does. */
  answers: Answers;
  content: Content;
  onAnswerChange: (questionId: string, value: AnswerValue | undefined) => void;
}

const noClients: readonly string[] = [];

type AnswerChange = ResultsPageProps['onAnswerChange'];

/**
 * A change handler that keeps its identity across renders and always calls the latest
 * `onAnswerChange`, so the memoised answer controls do not re-render when a parent passes a new one.
 */
function useStableAnswerChange(onAnswerChange: AnswerChange): AnswerChange {
  const latest = useRef(onAnswerChange);
  useInsertionEffect(() => {
    latest.current = onAnswerChange;
  });
  return useCallback<AnswerChange>((questionId, value) => {
    latest.current(questionId, value);
  }, []);
}

/**
 * The recommendation for the team's answers: the stack as a picture, every pick explained, the
 * doors, the heavy lifting handed off, design for failure, the road ahead, and a "what if" panel
 * that edits answers in place. Advice is derived on every answer change, never stored.
 *
 * A "what if" change must show within a frame, so the parts of the page are memoised and the
 * advice keeps the objects of every part the change left alone: only what changed re-renders.
 */
export function ResultsPage({ answers, content, onAnswerChange }: ResultsPageProps): JSX.Element {
  const t = useLocalize();
  const { advice, changes, changedSlots } = useWhatIfAdvice(answers, content);
  const shown = useMemo(() => effectiveAnswers(answers, content.questionnaire), [answers, content]);
  const onChange = useStableAnswerChange(onAnswerChange);
  const clientsAnswer = answerListForRole(shown, content.questionnaire, 'clients');
  const clients = clientsAnswer.length > 0 ? clientsAnswer : noClients;
  const decisionsBySlot = useMemo(
    () => new Map(advice.decisions.map((decision) => [decision.slot, decision])),
    [advice.decisions],
  );
  const hasWarnings = advice.warnings.length > 0;
  const links = useMemo<SectionLink[]>(
    () => [
      sections.diagram,
      ...(hasWarnings ? [sections.warnings] : []),
      sections.cards,
      sections.decisions,
      sections.heavyLifting,
      sections.failure,
      sections.roadmap,
      sections.whatIf,
    ],
    [hasWarnings],
  );

  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t(messages.pageTitle)}</h1>
        <ResultsSummary advice={advice} answers={shown} content={content} />
        <CostSummary advice={advice} content={content} />
        <SectionNav sections={links} />
      </div>
      <div className={styles.layout}>
        <div className={styles.columns}>
          <div className={styles.results}>
            <ResultsSection id={sections.diagram.id} title={t(sections.diagram.title)}>
              <StackDiagram
                stack={advice.stack}
                changedSlots={changedSlots}
                clients={clients}
                content={content}
              />
            </ResultsSection>
            {hasWarnings ? (
              <ResultsSection id={sections.warnings.id} title={t(sections.warnings.title)}>
                <WarningList warnings={advice.warnings} stack={advice.stack} content={content} />
              </ResultsSection>
            ) : null}
            <ResultsSection id={sections.cards.id} title={t(sections.cards.title)}>
              <div className={styles.cards}>
                {advice.stack.map((entry) => (
                  <SlotCard
                    key={entry.slot}
                    entry={entry}
                    decision={decisionsBySlot.get(entry.slot)}
                    change={changes?.changed.get(entry.slot)}
                    content={content}
                  />
                ))}
              </div>
            </ResultsSection>
            <ResultsSection id={sections.decisions.id} title={t(sections.decisions.title)}>
              <DecisionList decisions={advice.decisions} content={content} />
            </ResultsSection>
            <ResultsSection id={sections.heavyLifting.id} title={t(sections.heavyLifting.title)}>
              <HeavyLiftingLedger
                entries={advice.heavyLifting}
                stack={advice.stack}
                content={content}
              />
            </ResultsSection>
            <ResultsSection id={sections.failure.id} title={t(sections.failure.title)}>
              <FailureChecklist checks={advice.failure} content={content} />
            </ResultsSection>
            <ResultsSection id={sections.roadmap.id} title={t(sections.roadmap.title)}>
              <StageRoadmap steps={advice.roadmap} content={content} />
            </ResultsSection>
          </div>
          <div className={styles.whatIf}>
            <ResultsSection id={sections.whatIf.id} title={t(sections.whatIf.title)}>
              <ChangeStatus changes={changes} stack={advice.stack} cost={advice.cost.monthly} />
              <WhatIfPanel answers={shown} content={content} onAnswerChange={onChange} />
            </ResultsSection>
          </div>
        </div>
      </div>
    </div>
  );
}
