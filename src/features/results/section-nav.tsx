import { memo } from 'react';
import { useLocalize } from '../../i18n/use-localize';
import { InPageLink } from './in-page-link';
import { messages } from './messages';
import type { SectionLink } from './results-sections';
import styles from './results-page.module.css';

/** The table of contents at the top of the results. */
export const SectionNav = memo(function SectionNav({
  sections,
}: {
  sections: readonly SectionLink[];
}) {
  const t = useLocalize();
  return (
    <nav aria-label={t(messages.navLabel)} className={styles.nav}>
      <ul className={styles.navList}>
        {sections.map((section) => (
          <li key={section.id}>
            <InPageLink target={section.id}>{t(section.title)}</InPageLink>
          </li>
        ))}
      </ul>
    </nav>
  );
});
