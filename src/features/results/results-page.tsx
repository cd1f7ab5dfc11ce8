import { useMemo, type JSX } from 'react';
import { advise } from '../../domain/advise';
import { answerList, effectiveAnswers, type Answers, type AnswerValue } from '../../domain/answers';
import type { Content } from '../../domain/content';
import { useLocalize } from '../../i18n/use-localize';
import { ChangeStatus } from './change-status';
import { DecisionList } from './decision-list';
import { FailureChecklist } from './failure-checklist';
import { HeavyLiftingLedger } from './heavy-lifting-ledger';
import { messages } from './messages';
import { ResultsSection } from './results-section';
import { resultsSections as sections, type SectionLink } from './results-sections';
import { ResultsSummary } from './results-summary';
import { SectionNav } from './section-nav';
import { SlotCard } from './slot-card';
import { StackDiagram } from './stack-diagram';
import { StageRoadmap } from './stage-roadmap';
import { useStackChanges } from './use-stack-changes';
import { WarningList } from './warning-list';
import { WhatIfPanel } from './what-if-panel';
import styles from './results-page.module.css';

export interface ResultsPageProps {
  /** The user's answers as stored; questions no longer shown are dropped here, as the engine does. */
  answers: Answers;
  content: Content;
  onAnswerChange: (questionId: string, value: AnswerValue | undefined) => void;
}

const noChanges: ReadonlySet<string> = new Set();

/**
 * The recommendation for the team's answers: the stack as a picture, every pick explained, the
 * doors, the heavy lifting handed off, design for failure, the road ahead, and a "what if" panel
 * that edits answers in place. Advice is derived on every answer change, never stored.
 */
export function ResultsPage({ answers, content, onAnswerChange }: ResultsPageProps): JSX.Element {
  const t = useLocalize();
  const advice = useMemo(() => advise(answers, content), [answers, content]);
  const shown = useMemo(() => effectiveAnswers(answers, content.questionnaire), [answers, content]);
  const changes = useStackChanges(advice.stack);
  const changedSlots = changes ? new Set(changes.changed.keys()) : noChanges;
  const decisionsBySlot = new Map(advice.decisions.map((decision) => [decision.slot, decision]));
  const links: SectionLink[] = [
    sections.diagram,
    ...(advice.warnings.length > 0 ? [sections.warnings] : []),
    sections.cards,
    sections.decisions,
    sections.heavyLifting,
    sections.failure,
    sections.roadmap,
    sections.whatIf,
  ];

  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t(messages.pageTitle)}</h1>
        <ResultsSummary advice={advice} answers={shown} />
        <SectionNav sections={links} />
      </div>
      <div className={styles.layout}>
        <div className={styles.columns}>
          <div className={styles.results}>
            <ResultsSection id={sections.diagram.id} title={t(sections.diagram.title)}>
              <StackDiagram
                stack={advice.stack}
                changedSlots={changedSlots}
                clients={answerList(shown, 'clients')}
                content={content}
              />
            </ResultsSection>
            {advice.warnings.length > 0 ? (
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
              <ChangeStatus changes={changes} stack={advice.stack} />
              <WhatIfPanel answers={shown} content={content} onAnswerChange={onAnswerChange} />
            </ResultsSection>
          </div>
        </div>
      </div>
    </div>
  );
}
