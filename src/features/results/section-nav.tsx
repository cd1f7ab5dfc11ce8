import { memo } from 'react';
import { useLocalize } from '../../i18n/use-localize';
import { InPageLink } from './in-page-link';
import { messages } from './messages';
import type { SectionLink } from './results-sections';
import styles from './results-page.module.css';

/** The table of contents at the top of the results; following a link opens the part it names. */
export const SectionNav = memo(function SectionNav({
  sections,
  onNavigate,
}: {
  sections: readonly SectionLink[];
  onNavigate: (target: string) => void;
}) {
  const t = useLocalize();
  return (
    <nav aria-label={t(messages.navLabel)} className={styles.nav}>
      <ul className={styles.navList}>
        {sections.map((section) => (
          <li key={section.id}>
            <InPageLink target={section.id} onNavigate={onNavigate}>
              {t(section.title)}
            </InPageLink>
          </li>
        ))}
      </ul>
    </nav>
  );
});
