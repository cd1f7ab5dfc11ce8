import type { ReactNode } from 'react';
import styles from './disclosure-heading.module.css';

interface DisclosureHeadingProps {
  level: 2 | 3;
  /** The heading's id: in-page links focus it, and the region it heads is labelled by it. */
  id: string;
  /** The id of the element the button shows and hides. */
  controls: string;
  open: boolean;
  onToggle: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A heading whose text is the button that opens the part below it (the WAI-ARIA disclosure
 * pattern). The heading stays a heading for screen reader navigation, which a `<summary>`, whose
 * children lose their roles, would not.
 */
export function DisclosureHeading({
  level,
  id,
  controls,
  open,
  onToggle,
  className,
  children,
}: DisclosureHeadingProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Heading id={id} tabIndex={-1} className={className}>
      <button
        type="button"
        className={styles.button}
        aria-expanded={open}
        aria-controls={controls}
        onClick={onToggle}
      >
        {children}
      </button>
    </Heading>
  );
}
