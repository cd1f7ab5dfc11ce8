import { useMemo, useState } from 'react';
import { parseAnswers } from '../../domain/answers';
import type { Preset } from '../../domain/guidance-schema';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { useLocalize } from '../../i18n/use-localize';
import { useAnswersStore } from '../../stores/answers-store';
import buttons from '../../ui/button.module.css';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import type { RenderResults } from '../../ui/render-results';
import { sameAnswers } from '../../ui/same-answers';
import { useAdoptAnswers } from '../../ui/use-adopt-answers';
import { useDocumentTitle } from '../../ui/use-document-title';
import { usePreviewScenario } from '../../ui/use-preview-scenario';
import { presetMessages as messages } from './messages';
import styles from './preset-page.module.css';

interface PresetPageProps {
  preset: Preset;
  questionnaire: Questionnaire;
  renderResults: RenderResults;
}

/**
 * `/p/:presetId`: an example team's results under a banner with its name and the facilitator's
 * note. "What if" edits change only this view; "Make it mine" copies it into the saved answers,
 * asking first when that would replace different ones.
 */
export function PresetPage({ preset, questionnaire, renderResults }: PresetPageProps) {
  const t = useLocalize();
  const adopt = useAdoptAnswers();
  const saved = useAnswersStore((state) => state.answers);
  const [asking, setAsking] = useState(false);
  const presetAnswers = useMemo(
    () => parseAnswers(preset.answers, questionnaire).answers,
    [preset, questionnaire],
  );
  const scenario = usePreviewScenario('example', presetAnswers);
  const { answers } = scenario;
  const title = t(preset.title);
  useDocumentTitle(title);

  const wouldReplace = Object.keys(saved).length > 0 && !sameAnswers(saved, answers, questionnaire);

  return (
    <>
      <section className={styles.banner} aria-labelledby="preset-banner-title">
        <p className={styles.label}>{t(messages.bannerLabel)}</p>
        <h2 id="preset-banner-title" className={styles.title}>
          {title}
        </h2>
        <h3 className={styles.noteTitle}>{t(messages.facilitatorNote)}</h3>
        <p className={styles.note}>{t(preset.note)}</p>
        <button
          type="button"
          className={buttons.primary}
          onClick={() => {
            if (wouldReplace) setAsking(true);
            else adopt(answers);
          }}
        >
          {t(messages.makeItMine)}
        </button>
      </section>
      <ConfirmDialog
        open={asking}
        title={t(messages.replaceTitle)}
        body={t(messages.replaceBody)}
        confirmLabel={t(messages.replaceConfirm)}
        cancelLabel={t(messages.keepMine)}
        onConfirm={() => {
          setAsking(false);
          adopt(answers);
        }}
        onCancel={() => {
          setAsking(false);
        }}
      />
      {renderResults(scenario)}
    </>
  );
}
