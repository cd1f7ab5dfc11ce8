import type { ReactNode } from 'react';
import { DisclosureHeading } from '../../ui/disclosure-heading';
import styles from './results-page.module.css';

interface ResultsSectionProps {
  id: string;
  title: string;
  children: ReactNode;
  /**
   * Given for a part that starts closed: whether it is open and how to toggle it. Its body is only
   * rendered while open, which also keeps the first render of the page small.
   */
  disclosure?: { open: boolean; onToggle: (id: string) => void };
  /**
   * The body has not arrived yet (the page renders in stages): the heading is there from the first
   * paint, so in-page links and heading navigation find every part, and the body follows in place.
   */
  pending?: boolean;
}

/** A titled part of the results: a region landmark whose heading the in-page links focus. */
export function ResultsSection({
  id,
  title,
  children,
  disclosure,
  pending = false,
}: ResultsSectionProps) {
  const body = pending ? null : children;
  if (!disclosure) {
    return (
      <section aria-labelledby={id} className={styles.section}>
        <h2 id={id} tabIndex={-1} className={styles.sectionTitle}>
          {title}
        </h2>
        {body}
      </section>
    );
  }
  const bodyId = `${id}-body`;
  return (
    <section
      aria-labelledby={id}
      className={disclosure.open ? styles.section : styles.closedSection}
    >
      <DisclosureHeading
        level={2}
        id={id}
        controls={bodyId}
        open={disclosure.open}
        onToggle={() => {
          disclosure.onToggle(id);
        }}
        className={styles.sectionTitle}
      >
        {title}
      </DisclosureHeading>
      <div id={bodyId} hidden={!disclosure.open}>
        {disclosure.open ? body : null}
      </div>
    </section>
  );
}
