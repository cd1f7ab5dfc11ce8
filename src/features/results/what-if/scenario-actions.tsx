import { useLocalize } from '../../../i18n/use-localize';
import { useAnnouncementStore } from '../../../stores/announcement-store';
import buttons from '../../../ui/button.module.css';
import type { WhatIfScenario } from '../../../ui/what-if-scenario';
import { messages } from '../messages';
import { resultsSections } from '../results-sections';
import { scenarioTexts } from './scenario-texts';
import styles from './scenario-summary.module.css';

/**
 * "Keep these changes" (only over the saved answers) and "Back to my answers". Both end the
 * scenario, which takes these buttons away: the app-wide live region says what happened, and focus
 * moves to the what-if heading so keyboard users carry on from where they were.
 */
export function ScenarioActions({ scenario }: { scenario: WhatIfScenario }) {
  const t = useLocalize();
  const announce = useAnnouncementStore((state) => state.announce);
  const texts = scenarioTexts(scenario.origin);
  const finish = (done: string) => {
    announce(done);
    document.getElementById(resultsSections.whatIf.id)?.focus();
  };

  return (
    <div className={styles.actions}>
      {scenario.origin === 'saved' ? (
        <button
          type="button"
          className={buttons.primary}
          onClick={() => {
            scenario.keep();
            finish(t(messages.scenarioKept));
          }}
        >
          {t(messages.scenarioKeep)}
        </button>
      ) : null}
      <button
        type="button"
        className={buttons.secondary}
        onClick={() => {
          scenario.discard();
          finish(t(texts.backDone));
        }}
      >
        {t(texts.back)}
      </button>
    </div>
  );
}
