import type { ReactNode } from 'react';
import styles from './results-page.module.css';

interface ResultsSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

/** A titled part of the results: a region landmark whose heading the in-page links focus. */
export function ResultsSection({ id, title, children }: ResultsSectionProps) {
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id} tabIndex={-1} className={styles.sectionTitle}>
        {title}
      </h2>
      {children}
    </section>
  );
}
