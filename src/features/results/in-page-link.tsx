import type { ReactNode } from 'react';

interface InPageLinkProps {
  /** The id of an element that can take focus (tabIndex -1 on headings and cards). */
  target: string;
  /** Called before focus moves, to open the part of the page the target is in. */
  onNavigate?: (target: string) => void;
  children: ReactNode;
}

/**
 * A link to a part of this page. It moves focus (which also scrolls) instead of changing the URL
 * hash, so it works under any router, and keyboard users continue reading from the target.
 */
export function InPageLink({ target, onNavigate, children }: InPageLinkProps) {
  return (
    <a
      href={`#${target}`}
      onClick={(event) => {
        const element = document.getElementById(target);
        if (!element) return;
        event.preventDefault();
        onNavigate?.(target);
        element.focus();
      }}
    >
      {children}
    </a>
  );
}
