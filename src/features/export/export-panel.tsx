import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Answers } from '../../domain/answers';
import type { Content } from '../../domain/content';
import { adrArchiveName } from '../../domain/markdown/adr-archive-name';
import { adrIndexFileName, renderAdrFiles } from '../../domain/markdown/render-adr-files';
import { renderMarkdown } from '../../domain/markdown/render-markdown';
import { useLang, useLocalize } from '../../i18n/use-localize';
import buttons from '../../ui/button.module.css';
import { CopyTextButton } from '../../ui/copy-text-button';
import { DisclosureHeading } from '../../ui/disclosure-heading';
import { downloadBlob } from '../../ui/download-blob';
import { downloadText } from '../../ui/download-text';
import { shareBaseUrl } from '../../ui/share-url';
import { todayIsoDate } from '../../ui/today';
import { LiveRegion } from '../../ui/live-region';
import { zipTextFiles } from '../../ui/zip-text-files';
import { MarkdownPreview } from './markdown-preview';
import { exportMessages as messages } from './messages';
import styles from './export-panel.module.css';

export interface ExportPanelProps {
  answers: Answers;
  content: Content;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The advice as Markdown: copy, download (the document, or the ADRs as a zip of one file per
 * decision with an index, the files `advise --format adr --out DIR` writes) and a preview. The
 * document is `renderMarkdown`'s output byte for byte; the link back is the share link "Copy link"
 * gives, so the export opens the same results.
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
        appUrl: shareBaseUrl(lang),
      }),
    [answers, content, lang, validDate, projectName],
  );
  const adrFiles = useMemo(
    () => renderAdrFiles({ answers, content, lang, date: validDate, projectName }),
    [answers, content, lang, validDate, projectName],
  );
  const hasAdrs = adrFiles.some((file) => file.fileName !== adrIndexFileName);
  const stamp = validDate ?? 'undated';

  const announceDownload = (fileName: string) => {
    setStatus(t(messages.downloaded, { file: fileName }));
  };
  const downloadAdrZip = () => {
    // One folder inside the archive, so unzipping beside a repository's own README.md is safe.
    const folder = adrArchiveName(projectName, lang);
    const files = adrFiles.map((file) => ({
      path: `${folder}/${file.fileName}`,
      text: file.markdown,
    }));
    downloadBlob(`${folder}.zip`, zipTextFiles(files, validDate));
    announceDownload(`${folder}.zip`);
  };

  return (
    <>
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
            const fileName = `stack-advice-${stamp}.md`;
            downloadText(fileName, markdown);
            announceDownload(fileName);
          }}
        >
          {t(messages.downloadMarkdown)}
        </button>
        <button
          type="button"
          className={buttons.secondary}
          disabled={!hasAdrs}
          aria-describedby={adrsHintId}
          onClick={downloadAdrZip}
        >
          {t(messages.downloadAdrZip)}
        </button>
      </div>
      <p id={adrsHintId} className={styles.hint}>
        {t(hasAdrs ? messages.adrZipHint : messages.noAdrs)}
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
    </>
  );
}
