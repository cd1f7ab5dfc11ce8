import { useMemo, useState, type JSX } from 'react';
import type { Warning } from '../../domain/advice';
import { effectiveAnswers } from '../../domain/answers';
import { answerListForRole } from '../../domain/question-roles';
import type { ResultsContent } from '../../domain/results-content';
import { useLocalize } from '../../i18n/use-localize';
import { useStages } from '../../ui/staged-rendering';
import type { WhatIfScenario } from '../../ui/what-if-scenario';
import { ActionPlan } from './action-plan/action-plan';
import { CostSummary } from './cost/cost-summary';
import { DecisionList } from './decision-list';
import { FailureChecklist } from './failure-checklist';
import { HeavyLiftingLedger } from './heavy-lifting-ledger';
import { messages } from './messages';
import { InPageLink } from './in-page-link';
import { layoutMessages } from './layout-messages';
import { OpenAllButton } from './open-all-button';
import { ResultsSection } from './results-section';
import {
  collapsedSections,
  resultsSections as sections,
  slotCardId,
  type SectionLink,
} from './results-sections';
import { ResultsSummary } from './results-summary';
import { SectionNav } from './section-nav';
import { SlotCard } from './slot-card';
import { StackDiagram } from './diagram/stack-diagram';
import { StageRoadmap } from './stage-roadmap';
import { useOpenParts } from './use-open-parts';
import { warningsBySlot, type WarningsBySlot } from './warnings-by-slot';
import { useWhatIfAdvice, type Adviser } from './what-if/use-what-if-advice';
import { WhatIfSection } from './what-if/what-if-section';
import styles from './results-page.module.css';

export interface ResultsPageProps {
  /** The answers shown, as a what-if scenario over the saved ones, a preset's or a link's. */
  scenario: WhatIfScenario;
  content: ResultsContent;
  /** The engine over the whole content, or an example's advice from the build (./what-if). */
  adviser: Adviser;
}

const noClients: readonly string[] = [];
const noWarnings: readonly Warning[] = [];
const noParts: readonly string[] = [];

const sectionLinks: readonly SectionLink[] = [
  sections.plan,
  sections.diagram,
  sections.cards,
  ...collapsedSections,
];

/**
 * The parts in reading order, which is the order their bodies render in: the first screen, under
 * the header, shows the plan; the rest follow one part a task after the first paint (useStages).
 * Every heading renders at once, so the reading and focus order never changes, only fills in.
 */
const renderOrder: readonly string[] = [
  sections.plan.id,
  sections.diagram.id,
  sections.cards.id,
  ...collapsedSections.map((section) => section.id),
];
const firstScreenParts = 1;

/**
 * The warnings per slot, each slot's array kept while its warnings stay the same. The previous
 * grouping is kept in state and compared during render, as `useWhatIfAdvice` does.
 */
function useWarningsBySlot(warnings: readonly Warning[]): WarningsBySlot {
  const [tracked, setTracked] = useState(() => ({
    warnings,
    bySlot: warningsBySlot(warnings, new Map()),
  }));
  if (tracked.warnings === warnings) return tracked.bySlot;
  const next = { warnings, bySlot: warningsBySlot(warnings, tracked.bySlot) };
  setTracked(next);
  return next.bySlot;
}

/**
 * The recommendation for the team's answers, built to be acted on: the cost, this week's plan and
 * the stack as a picture come first; every pick is one line that opens in place to say why, what
 * else would do and how to set it up; the doors, heavy lifting, design for failure, the road ahead
 * and the "what if" panel (a scenario beside the answers it starts from) are closed parts that open
 * in place or from the in-page links. Advice is derived on every answer change, never stored.
 *
 * A "what if" change must show within a frame, so the parts of the page are memoised and the
 * advice keeps the objects of every part the change left alone: only what changed re-renders.
 */
export function ResultsPage({ scenario, content, adviser }: ResultsPageProps): JSX.Element {
  const t = useLocalize();
  const { answers } = scenario;
  const { advice, changes, changedSlots } = useWhatIfAdvice(answers, adviser);
  const shown = useMemo(() => effectiveAnswers(answers, content.questionnaire), [answers, content]);
  // A scenario kept through a reload is shown open, so nobody mistakes it for their answers.
  const tryingChanges = answers !== scenario.base;
  const { shown: partsShown, showAll } = useStages(renderOrder.length, firstScreenParts);
  // A part the reader asks for (a link, a heading, "open every part") may not have arrived yet:
  // every part renders first, so it is there to open and to take focus.
  const parts = useOpenParts(tryingChanges ? [sections.whatIf.id] : noParts, showAll);
  const { reveal, toggle, setOpen } = parts;
  const pending = (id: string) => renderOrder.indexOf(id) >= partsShown;
  const clientsAnswer = answerListForRole(shown, content.questionnaire, 'clients');
  const clients = clientsAnswer.length > 0 ? clientsAnswer : noClients;
  const decisionsBySlot = useMemo(
    () => new Map(advice.decisions.map((decision) => [decision.slot, decision])),
    [advice.decisions],
  );
  const slotWarnings = useWarningsBySlot(advice.warnings);
  const collapsibleIds = useMemo(
    () => [
      ...collapsedSections.map((section) => section.id),
      ...advice.stack.map((entry) => slotCardId(entry.slot)),
    ],
    [advice.stack],
  );
  const allOpen = collapsibleIds.every((id) => parts.open.has(id));
  const disclosure = (id: string) => ({ open: parts.isOpen(id), onToggle: toggle });

  return (
    <div className={styles.page}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t(messages.pageTitle)}</h1>
        <ResultsSummary advice={advice} answers={shown} content={content} />
        {tryingChanges ? (
          <p className={styles.scenarioNotice}>
            {t(layoutMessages.scenarioNotice)}{' '}
            <InPageLink target={sections.whatIf.id} onNavigate={reveal}>
              {t(layoutMessages.scenarioNoticeLink)}
            </InPageLink>
          </p>
        ) : null}
        <CostSummary advice={advice} content={content} />
        <SectionNav sections={sectionLinks} onNavigate={reveal} />
      </div>
      <div className={styles.layout}>
        <div className={styles.columns}>
          <div className={styles.results}>
            <ResultsSection
              id={sections.plan.id}
              title={t(sections.plan.title)}
              pending={pending(sections.plan.id)}
            >
              <ActionPlan advice={advice} content={content} />
            </ResultsSection>
            <ResultsSection
              id={sections.diagram.id}
              title={t(sections.diagram.title)}
              pending={pending(sections.diagram.id)}
            >
              <StackDiagram
                stack={advice.stack}
                changedSlots={changedSlots}
                clients={clients}
                content={content}
                panelBeside={parts.isOpen(sections.whatIf.id)}
              />
            </ResultsSection>
            <ResultsSection
              id={sections.cards.id}
              title={t(sections.cards.title)}
              pending={pending(sections.cards.id)}
            >
              <OpenAllButton
                allOpen={allOpen}
                onOpenAll={() => {
                  setOpen(collapsibleIds);
                }}
                onCloseAll={() => {
                  setOpen([]);
                }}
              />
              <div className={styles.cards}>
                {advice.stack.map((entry) => (
                  <SlotCard
                    key={entry.slot}
                    entry={entry}
                    decision={decisionsBySlot.get(entry.slot)}
                    change={changes?.changed.get(entry.slot)}
                    warnings={slotWarnings.get(entry.slot) ?? noWarnings}
                    open={parts.isOpen(slotCardId(entry.slot))}
                    onToggle={toggle}
                    content={content}
                  />
                ))}
              </div>
            </ResultsSection>
            <ResultsSection
              id={sections.decisions.id}
              title={t(sections.decisions.title)}
              disclosure={disclosure(sections.decisions.id)}
              pending={pending(sections.decisions.id)}
            >
              <DecisionList decisions={advice.decisions} content={content} />
            </ResultsSection>
            <ResultsSection
              id={sections.heavyLifting.id}
              title={t(sections.heavyLifting.title)}
              disclosure={disclosure(sections.heavyLifting.id)}
              pending={pending(sections.heavyLifting.id)}
            >
              <HeavyLiftingLedger
                entries={advice.heavyLifting}
                stack={advice.stack}
                content={content}
              />
            </ResultsSection>
            <ResultsSection
              id={sections.failure.id}
              title={t(sections.failure.title)}
              disclosure={disclosure(sections.failure.id)}
              pending={pending(sections.failure.id)}
            >
              <FailureChecklist checks={advice.failure} content={content} />
            </ResultsSection>
            <ResultsSection
              id={sections.roadmap.id}
              title={t(sections.roadmap.title)}
              disclosure={disclosure(sections.roadmap.id)}
              pending={pending(sections.roadmap.id)}
            >
              <StageRoadmap steps={advice.roadmap} content={content} />
            </ResultsSection>
          </div>
          <div className={parts.isOpen(sections.whatIf.id) ? styles.whatIf : undefined}>
            <ResultsSection
              id={sections.whatIf.id}
              title={t(sections.whatIf.title)}
              disclosure={disclosure(sections.whatIf.id)}
              pending={pending(sections.whatIf.id)}
            >
              <WhatIfSection
                scenario={scenario}
                shown={shown}
                advice={advice}
                changes={changes}
                content={content}
                adviser={adviser}
              />
            </ResultsSection>
          </div>
        </div>
      </div>
    </div>
  );
}
