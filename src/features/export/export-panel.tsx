import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Answers } from '../../domain/answers';
import type { Content } from '../../domain/content';
import { joinAdrs, renderAdrs } from '../../domain/markdown/render-adrs';
import { renderMarkdown } from '../../domain/markdown/render-markdown';
import { useLang, useLocalize } from '../../i18n/use-localize';
import buttons from '../../ui/button.module.css';
import { CopyTextButton } from '../../ui/copy-text-button';
import { DisclosureHeading } from '../../ui/disclosure-heading';
import { downloadText } from '../../ui/download-text';
import { shareBaseUrl } from '../../ui/share-url';
import { todayIsoDate } from '../../ui/today';
import { LiveRegion } from '../../ui/live-region';
import { MarkdownPreview } from './markdown-preview';
import { exportMessages as messages } from './messages';
import styles from './export-panel.module.css';

export interface ExportPanelProps {
  answers: Answers;
  content: Content;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The advice as Markdown: copy, download (the document, or the ADRs in one file as the command
 * line prints them) and a preview. The document is `renderMarkdown`'s output byte for byte; the
 * link back is the share link "Copy link" gives, so the export opens the same results.
 */
export function ExportPanel({ answers: latestAnswers, content }: ExportPanelProps) {
  const t = useLocalize();
  // A what-if change repaints the results first; the document (and its preview) follow in a
  // background render, so rendering Markdown never delays the results by a frame.
  const answers = useDeferredValue(latestAnswers);
  const lang = useLang();
  const nameId = useId();
  const dateId = useId();
  const adrsHintId = useId();
  const previewId = useId();
  const [projectName, setProjectName] = useState('');
  const [date, setDate] = useState(todayIsoDate);
  const [status, setStatus] = useState('');
  const [previewOpen, setPreviewOpen] = useState(false);
  // An emptied or half-typed date field prints no date rather than a malformed one.
  const validDate = isoDate.test(date) ? date : undefined;
  const markdown = useMemo(
    () =>
      renderMarkdown({
        answers,
        content,
        lang,
        date: validDate,
        projectName,
        appUrl: shareBaseUrl(),
      }),
    [answers, content, lang, validDate, projectName],
  );
  const adrs = useMemo(
    () => renderAdrs({ answers, content, lang, date: validDate, projectName }),
    [answers, content, lang, validDate, projectName],
  );
  const stamp = validDate ?? 'undated';

  const download = (fileName: string, text: string) => {
    downloadText(fileName, text);
    setStatus(t(messages.downloaded, { file: fileName }));
  };

  return (
    <section className={styles.panel} aria-labelledby="export-title">
      <h2 id="export-title">{t(messages.title)}</h2>
      <p>{t(messages.intro)}</p>
      <div className={styles.fields}>
        <label htmlFor={nameId}>{t(messages.projectName)}</label>
        <input
          id={nameId}
          type="text"
          value={projectName}
          onChange={(event) => {
            setProjectName(event.target.value);
          }}
        />
        <label htmlFor={dateId}>{t(messages.date)}</label>
        <input
          id={dateId}
          type="date"
          value={date}
          onChange={(event) => {
            setDate(event.target.value);
          }}
        />
      </div>
      <div className={styles.actions}>
        <CopyTextButton
          text={markdown}
          label={t(messages.copyMarkdown)}
          fieldLabel={t(messages.markdownField)}
        />
        <button
          type="button"
          className={buttons.secondary}
          onClick={() => {
            download(`stack-advice-${stamp}.md`, markdown);
          }}
        >
          {t(messages.downloadMarkdown)}
        </button>
        <button
          type="button"
          className={buttons.secondary}
          disabled={adrs.length === 0}
          aria-describedby={adrsHintId}
          onClick={() => {
            download(`stack-adrs-${stamp}.md`, joinAdrs(adrs));
          }}
        >
          {t(messages.downloadAdrs)}
        </button>
      </div>
      <p id={adrsHintId} className={styles.hint}>
        {t(adrs.length === 0 ? messages.noAdrs : messages.adrsHint)}
      </p>
      <LiveRegion message={status} />
      <DisclosureHeading
        level={3}
        id={previewId}
        controls={`${previewId}-body`}
        open={previewOpen}
        onToggle={() => {
          setPreviewOpen(!previewOpen);
        }}
      >
        {t(messages.preview)}
      </DisclosureHeading>
      <div id={`${previewId}-body`} hidden={!previewOpen}>
        {previewOpen ? <MarkdownPreview markdown={markdown} label={t(messages.preview)} /> : null}
      </div>
    </section>
  );
}
