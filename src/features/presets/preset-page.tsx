import { useId, useState, type ReactNode } from 'react';
import { parseAnswers } from '../../domain/answers';
import type { Preset } from '../../domain/guidance-schema';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { useLocalize } from '../../i18n/use-localize';
import { useAnswersStore } from '../../stores/answers-store';
import { useFacilitatorNotesStore } from '../../stores/facilitator-notes-store';
import buttons from '../../ui/button.module.css';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import type { RenderResults } from '../../ui/render-results';
import { sameAnswers } from '../../ui/same-answers';
import { useAdoptAnswers } from '../../ui/use-adopt-answers';
import { useDocumentTitle } from '../../ui/use-document-title';
import { usePreviewAnswers } from '../../ui/use-preview-answers';
import { presetMessages as messages } from './messages';
import styles from './preset-page.module.css';

interface PresetPageProps {
  preset: Preset;
  questionnaire: Questionnaire;
  renderResults: RenderResults;
  /** "Copy link" for this preset's own page, which adopts nothing. */
  copyLink: ReactNode;
}

/**
 * `/p/:presetId`: an example team's results under a banner with its name and, on the mentor's own
 * screen, the facilitator's note. "What if" edits change only this view; "Make it mine" copies it
 * into the saved answers, asking first when that would replace different ones; "Copy link" shares
 * the page and changes nothing.
 */
export function PresetPage({ preset, questionnaire, renderResults, copyLink }: PresetPageProps) {
  const t = useLocalize();
  const adopt = useAdoptAnswers();
  const saved = useAnswersStore((state) => state.answers);
  const showNotes = useFacilitatorNotesStore((state) => state.show);
  const setShowNotes = useFacilitatorNotesStore((state) => state.setShow);
  const notesHintId = useId();
  const [asking, setAsking] = useState(false);
  const [answers, changePreview] = usePreviewAnswers(
    () => parseAnswers(preset.answers, questionnaire).answers,
  );
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
              if (wouldReplace) setAsking(true);
              else adopt(answers);
            }}
          >
            {t(messages.makeItMine)}
          </button>
          {copyLink}
        </div>
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
      {renderResults(answers, changePreview)}
    </>
  );
}
