import { useId, useMemo, useState } from 'react';
import { advise } from '../../domain/advise';
import { parseAnswers, type Answers } from '../../domain/answers';
import { compareAdvice } from '../../domain/compare/compare-advice';
import { nextStageAnswers, nextStageStep } from '../../domain/compare/next-stage-answers';
import { renderComparisonMarkdown } from '../../domain/compare/render-comparison-markdown';
import type { Content } from '../../domain/content';
import { useLang, useLocalize } from '../../i18n/use-localize';
import buttons from '../../ui/button.module.css';
import { downloadText } from '../../ui/download-text';
import { LiveRegion } from '../../ui/live-region';
import { todayIsoDate } from '../../ui/today';
import { useDocumentTitle } from '../../ui/use-document-title';
import { comparisonRows } from './comparison-rows';
import { ComparisonTable } from './comparison-table';
import { compareMessages as messages } from './messages';
import { StageStepNote } from './stage-step-note';
import styles from './compare-page.module.css';

type Mode = 'preset' | 'next-stage';

export interface ComparePageProps {
  /** The user's saved answers. */
  answers: Answers;
  content: Content;
}

/**
 * `/compare`: two answer sets side by side, an example team against my answers or my answers now
 * against one stage later, with every difference in the stack, the doors and the failure checklist
 * marked, and the same comparison as a Markdown download.
 */
export function ComparePage({ answers, content }: ComparePageProps) {
  const t = useLocalize();
  const lang = useLang();
  const modeName = useId();
  const presetId = useId();
  const [mode, setMode] = useState<Mode>('preset');
  const [presetChoice, setPresetChoice] = useState(content.presets[0]?.id ?? '');
  const [status, setStatus] = useState('');
  useDocumentTitle(t(messages.title));

  const preset = content.presets.find((candidate) => candidate.id === presetChoice);
  const step = useMemo(
    () => nextStageStep(answers, content.questionnaire, content.stages),
    [answers, content],
  );
  const sides = useMemo(() => {
    if (mode === 'next-stage') {
      const { from, to } = step;
      return {
        left: {
          label: from && to ? t(messages.mineAtStage, { stage: t(from.title) }) : t(messages.mine),
          answers,
        },
        right: {
          label:
            from && to
              ? t(messages.mineAtNextStage, { stage: t(to.title) })
              : t(messages.mineNextStage),
          answers: nextStageAnswers(answers, content.questionnaire),
        },
      };
    }
    const presetAnswers = preset ? parseAnswers(preset.answers, content.questionnaire).answers : {};
    return {
      left: { label: t(preset?.title ?? messages.preset), answers: presetAnswers },
      right: { label: t(messages.mine), answers },
    };
  }, [mode, step, preset, answers, content, t]);
  const leftLabel = sides.left.label;
  const rightLabel = sides.right.label;
  const rows = useMemo(() => {
    const comparison = compareAdvice(
      advise(sides.left.answers, content),
      advise(sides.right.answers, content),
      content,
    );
    return comparisonRows(comparison, content, t);
  }, [sides, content, t]);

  const download = () => {
    const date = todayIsoDate();
    const fileName = `stack-comparison-${date}.md`;
    downloadText(
      fileName,
      renderComparisonMarkdown({
        left: { label: leftLabel, answers: sides.left.answers },
        right: { label: rightLabel, answers: sides.right.answers },
        content,
        lang,
        date,
      }),
    );
    setStatus(t(messages.downloaded, { file: fileName }));
  };

  const table = { leftLabel, rightLabel };
  return (
    <div className={styles.page}>
      <h1>{t(messages.title)}</h1>
      <p>{t(messages.intro)}</p>
      <fieldset className={styles.controls}>
        <legend>{t(messages.mode)}</legend>
        {(['preset', 'next-stage'] as const).map((value) => (
          <label key={value} className={styles.choice}>
            <input
              type="radio"
              name={modeName}
              value={value}
              checked={mode === value}
              onChange={() => {
                setMode(value);
              }}
            />
            {t(value === 'preset' ? messages.modePreset : messages.modeNextStage)}
          </label>
        ))}
      </fieldset>
      {mode === 'preset' && (
        <div className={styles.select}>
          <label htmlFor={presetId}>{t(messages.preset)}</label>
          <select
            id={presetId}
            value={presetChoice}
            onChange={(event) => {
              setPresetChoice(event.target.value);
            }}
          >
            {content.presets.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {t(candidate.title)}
              </option>
            ))}
          </select>
        </div>
      )}
      {mode === 'next-stage' && <StageStepNote step={step} />}
      {Object.keys(answers).length === 0 && <p className={styles.note}>{t(messages.noAnswers)}</p>}
      <ComparisonTable
        id="compare-stack"
        caption={t(messages.stack)}
        rows={rows.stack}
        {...table}
      />
      <ComparisonTable
        id="compare-doors"
        caption={t(messages.doors)}
        rows={rows.doors}
        {...table}
      />
      <ComparisonTable
        id="compare-failure"
        caption={t(messages.failure)}
        rows={rows.failure}
        {...table}
      />
      <button type="button" className={buttons.primary} onClick={download}>
        {t(messages.download)}
      </button>
      <LiveRegion message={status} />
    </div>
  );
}
