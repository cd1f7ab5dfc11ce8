import { useId, useMemo, useState, type ReactNode } from 'react';
import { parseAnswers } from '../../domain/answers';
import type { Preset } from '../../domain/guidance-schema';
import type { QuestionnaireOutline } from '../../domain/questionnaire-outline';
import { useLocalize } from '../../i18n/use-localize';
import { useAnswersStore } from '../../stores/answers-store';
import { useFacilitatorNotesStore } from '../../stores/facilitator-notes-store';
import buttons from '../../ui/button.module.css';
import { ConfirmAdoptChanges } from '../../ui/confirm-adopt-changes';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { PrintHandoutButton } from '../../ui/print-handout-button';
import type { RenderResults } from '../../ui/render-results';
import { sameAnswers } from '../../ui/same-answers';
import { useAdoptAnswers } from '../../ui/use-adopt-answers';
import { useDocumentTitle } from '../../ui/use-document-title';
import { usePreviewScenario } from '../../ui/use-preview-scenario';
import { countChanges } from '../../ui/what-if-scenario';
import { presetMessages as messages } from './messages';
import styles from './preset-page.module.css';

interface PresetPageProps {
  preset: Preset;
  questionnaire: QuestionnaireOutline;
  renderResults: RenderResults;
  /** "Copy link" for this preset's own page, which adopts nothing. */
  copyLink: ReactNode;
}

/**
 * `/p/:presetId`: an example team's results under a banner with its name and, on the mentor's own
 * screen, the facilitator's note. "What if" edits make a scenario over the example's answers on
 * this page only. "Make it mine" saves what is shown, the example with those edits (what the user
 * saves is what they are looking at), and asks first when there are edits, naming them, or when it
 * would replace different saved answers. "Copy link" shares the page and changes nothing.
 */
export function PresetPage({ preset, questionnaire, renderResults, copyLink }: PresetPageProps) {
  const t = useLocalize();
  const adopt = useAdoptAnswers();
  const saved = useAnswersStore((state) => state.answers);
  const showNotes = useFacilitatorNotesStore((state) => state.show);
  const setShowNotes = useFacilitatorNotesStore((state) => state.setShow);
  const notesHintId = useId();
  const [asking, setAsking] = useState<'changes' | 'replace' | null>(null);
  const presetAnswers = useMemo(
    () => parseAnswers(preset.answers, questionnaire).answers,
    [preset, questionnaire],
  );
  const scenario = usePreviewScenario('example', presetAnswers);
  const { answers } = scenario;
  const title = t(preset.title);
  useDocumentTitle(title);

  const wouldReplace = Object.keys(saved).length > 0 && !sameAnswers(saved, answers, questionnaire);
  const changes = countChanges(scenario, questionnaire);
  const confirmed = () => {
    setAsking(null);
    adopt(answers);
  };
  const cancelled = () => {
    setAsking(null);
  };

  return (
    <>
      <section className={styles.banner} aria-labelledby="preset-banner-title">
        <p className={styles.label}>{t(messages.bannerLabel)}</p>
        <h2 id="preset-banner-title" className={styles.title}>
          {title}
        </h2>
        <div className={styles.notes}>
          <button
            type="button"
            className={`${buttons.quiet} ${styles.toggle}`}
            aria-pressed={showNotes}
            aria-describedby={notesHintId}
            onClick={() => {
              setShowNotes(!showNotes);
            }}
          >
            {t(messages.showNotes)}
          </button>
          <p id={notesHintId} className={styles.hint}>
            {t(messages.notesHint)}
          </p>
          {showNotes && (
            <>
              <h3 className={styles.noteTitle}>{t(messages.facilitatorNote)}</h3>
              <p className={styles.note}>{t(preset.note)}</p>
            </>
          )}
        </div>
        <div className={styles.actions}>
          <button
            type="button"
            className={buttons.primary}
            onClick={() => {
              if (changes > 0) setAsking('changes');
              else if (wouldReplace) setAsking('replace');
              else adopt(answers);
            }}
          >
            {t(messages.makeItMine)}
          </button>
          {copyLink}
          <PrintHandoutButton />
        </div>
      </section>
      <ConfirmDialog
        open={asking === 'replace'}
        title={t(messages.replaceTitle)}
        body={t(messages.replaceBody)}
        confirmLabel={t(messages.replaceConfirm)}
        cancelLabel={t(messages.keepMine)}
        onConfirm={confirmed}
        onCancel={cancelled}
      />
      <ConfirmAdoptChanges
        open={asking === 'changes'}
        origin="example"
        changes={changes}
        replacing={wouldReplace}
        onConfirm={confirmed}
        onCancel={cancelled}
      />
      {renderResults(scenario)}
    </>
  );
}
