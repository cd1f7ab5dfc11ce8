import { lazy, Suspense, useState } from 'react';
import type { Answers } from '../../domain/answers';
import type { Content } from '../../domain/content';
import { useLocalize } from '../../i18n/use-localize';
import { DisclosureHeading } from '../../ui/disclosure-heading';
import { exportMessages as messages } from './messages';
import styles from './export-panel.module.css';

/**
 * The panel and its Markdown and zip libraries load in their own chunk, and only once the section
 * is opened: a room opening a results page on one Wi-Fi never downloads what only a CTO uses.
 */
const ExportPanel = lazy(async () => ({
  default: (await import('./export-panel')).ExportPanel,
}));

/** "Export as Markdown", closed until asked for. */
export function ExportSection({
  answers,
  content,
  loading,
}: {
  answers: Answers;
  content: Content;
  /** What shows while the panel's code arrives. */
  loading: string;
}) {
  const t = useLocalize();
  const [open, setOpen] = useState(false);
  return (
    <section className={styles.panel} aria-labelledby="export-title">
      <DisclosureHeading
        level={2}
        id="export-title"
        controls="export-body"
        open={open}
        onToggle={() => {
          setOpen(!open);
        }}
      >
        {t(messages.title)}
      </DisclosureHeading>
      <div id="export-body" hidden={!open}>
        {open ? (
          <Suspense fallback={<p role="status">{loading}</p>}>
            <ExportPanel answers={answers} content={content} />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}
