import { useState } from 'react';
import type { Advice } from '../../../domain/advice';
import type { Answers } from '../../../domain/answers';
import { reuseUnchangedAdvice } from './reuse-unchanged';
import { diffAdvice, type StackChanges } from './stack-changes';

/**
 * Where the page's advice comes from: the engine over the whole content, or, on an example team's
 * page until the engine has arrived, the advice worked out at build time for its answers.
 */
export interface Adviser {
  advise: (answers: Answers) => Advice;
  /**
   * Whether the "what if" answers can change: `ready` when it advises any answers, `loading` while
   * the engine is on its way, `unavailable` when it could not load (offline before any visit).
   */
  whatIf: 'ready' | 'loading' | 'unavailable';
}

export interface WhatIfAdvice {
  advice: Advice;
  /** What the latest answer change did to the stack, or null before any change. */
  changes: StackChanges | null;
  /** The slots `changes` highlights; the same set object while they stay the same. */
  changedSlots: ReadonlySet<string>;
}

interface Tracked extends WhatIfAdvice {
  answers: Answers;
  adviser: Adviser;
}

const noSlots: ReadonlySet<string> = new Set();

function sameSlots(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((slot) => b.has(slot));
}

/**
 * The advice for the answers, derived once per answer change, and what that change did. The
 * previous advice is kept in state and compared during render (React's "storing information from
 * previous renders" pattern), so the highlight appears in the same paint as the new advice; parts
 * of the advice that did not change keep their previous objects, so memoised components skip them.
 * A new adviser for the same answers (the engine taking over from the build's advice) is not an
 * answer change: it says nothing changed.
 */
export function useWhatIfAdvice(answers: Answers, adviser: Adviser): WhatIfAdvice {
  const [tracked, setTracked] = useState<Tracked>(() => ({
    answers,
    adviser,
    advice: adviser.advise(answers),
    changes: null,
    changedSlots: noSlots,
  }));
  if (tracked.answers === answers && tracked.adviser === adviser) return tracked;
  const advice = reuseUnchangedAdvice(tracked.advice, adviser.advise(answers));
  let next: Tracked;
  if (tracked.answers === answers) {
    next = { ...tracked, adviser, advice };
  } else {
    const changes = diffAdvice(tracked.advice, advice);
    const changedSlots = new Set(changes.changed.keys());
    next = {
      answers,
      adviser,
      advice,
      changes,
      changedSlots: sameSlots(changedSlots, tracked.changedSlots)
        ? tracked.changedSlots
        : changedSlots,
    };
  }
  setTracked(next);
  return next;
}
