import type { LocalizedText } from '../../../domain/localized-text';
import type { WhatIfScenario } from '../../../ui/what-if-scenario';
import { messages } from '../messages';

interface ScenarioTexts {
  /** Heads the list of changed answers: changed from what. */
  title: LocalizedText;
  back: LocalizedText;
  /** Announced once the scenario is dropped. */
  backDone: LocalizedText;
  /** Says what the rest of the page does with the scenario. */
  note: LocalizedText;
}

/** The words of a scenario's summary, by where the answers it starts from came from. */
export function scenarioTexts(origin: WhatIfScenario['origin']): ScenarioTexts {
  switch (origin) {
    case 'saved':
      return {
        title: messages.scenarioTitleSaved,
        back: messages.scenarioBackSaved,
        backDone: messages.scenarioBackDoneSaved,
        note: messages.scenarioSavedNote,
      };
    case 'example':
      return {
        title: messages.scenarioTitleExample,
        back: messages.scenarioBackExample,
        backDone: messages.scenarioBackDoneExample,
        note: messages.scenarioExampleNote,
      };
    case 'link':
      return {
        title: messages.scenarioTitleLink,
        back: messages.scenarioBackLink,
        backDone: messages.scenarioBackDoneLink,
        note: messages.scenarioLinkNote,
      };
  }
}
