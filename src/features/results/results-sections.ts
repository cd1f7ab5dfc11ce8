import type { LocalizedText } from '../../domain/localized-text';
import { actionPlanMessages } from '../../domain/action-plan-messages';
import { messages } from './messages';

export interface SectionLink {
  id: string;
  title: LocalizedText;
}

/**
 * The parts of the results page, in reading order, with the ids in-page links point at. The
 * results page is the only one on screen, so fixed ids are safe.
 */
export const resultsSections = {
  plan: { id: 'results-plan', title: actionPlanMessages.heading },
  diagram: { id: 'results-diagram', title: messages.sectionDiagram },
  cards: { id: 'results-picks', title: messages.sectionCards },
  decisions: { id: 'results-decisions', title: messages.sectionDecisions },
  heavyLifting: { id: 'results-heavy-lifting', title: messages.sectionHeavyLifting },
  failure: { id: 'results-failure', title: messages.sectionFailure },
  roadmap: { id: 'results-roadmap', title: messages.sectionRoadmap },
  whatIf: { id: 'results-what-if', title: messages.sectionWhatIf },
} as const satisfies Record<string, SectionLink>;

export function slotCardId(slot: string): string {
  return `slot-${slot}`;
}

/** The parts that start closed, after the plan, the picture and the picks. */
export const collapsedSections = [
  resultsSections.decisions,
  resultsSections.heavyLifting,
  resultsSections.failure,
  resultsSections.roadmap,
  resultsSections.whatIf,
] as const;
