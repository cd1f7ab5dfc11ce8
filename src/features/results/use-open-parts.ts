import { useCallback, useState } from 'react';

export interface OpenParts {
  isOpen: (id: string) => boolean;
  /** Opens a closed part and closes an open one. */
  toggle: (id: string) => void;
  /** Opens a part, as following an in-page link to it does; an open part stays open. */
  reveal: (id: string) => void;
  /** Opens every part given, or closes them all with an empty list. */
  setOpen: (ids: readonly string[]) => void;
}

/**
 * Which collapsible parts of the results are open. One set for the page rather than state in
 * each part, so "open all" and in-page links can open any of them; the callbacks keep their
 * identity, so memoised parts do not re-render when another part opens. `afterChange` runs after
 * every change the reader asks for (the staged page renders every part then, so the one asked for
 * is there to open and to take focus).
 */
export function useOpenParts(
  initiallyOpen: readonly string[],
  afterChange: () => void,
): OpenParts & { open: ReadonlySet<string> } {
  const [open, setOpenSet] = useState<ReadonlySet<string>>(() => new Set(initiallyOpen));
  const toggle = useCallback(
    (id: string) => {
      setOpenSet((previous) => {
        const next = new Set(previous);
        if (!next.delete(id)) next.add(id);
        return next;
      });
      afterChange();
    },
    [afterChange],
  );
  const reveal = useCallback(
    (id: string) => {
      setOpenSet((previous) => (previous.has(id) ? previous : new Set(previous).add(id)));
      afterChange();
    },
    [afterChange],
  );
  const setOpen = useCallback(
    (ids: readonly string[]) => {
      setOpenSet(new Set(ids));
      afterChange();
    },
    [afterChange],
  );
  return { open, isOpen: (id) => open.has(id), toggle, reveal, setOpen };
}
