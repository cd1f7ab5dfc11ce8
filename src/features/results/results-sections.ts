import type { LocalizedText } from '../../domain/localized-text';
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
  diagram: { id: 'results-diagram', title: messages.sectionDiagram },
  warnings: { id: 'results-warnings', title: messages.sectionWarnings },
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
