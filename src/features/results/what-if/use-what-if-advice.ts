import { useState } from 'react';
import type { Advice } from '../../../domain/advice';
import { advise } from '../../../domain/advise';
import type { Answers } from '../../../domain/answers';
import type { Content } from '../../../domain/content';
import { reuseUnchangedAdvice } from './reuse-unchanged';
import { diffAdvice, type StackChanges } from './stack-changes';

export interface WhatIfAdvice {
  advice: Advice;
  /** What the latest answer change did to the stack, or null before any change. */
  changes: StackChanges | null;
  /** The slots `changes` highlights; the same set object while they stay the same. */
  changedSlots: ReadonlySet<string>;
}

interface Tracked extends WhatIfAdvice {
  answers: Answers;
  content: Content;
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
 */
export function useWhatIfAdvice(answers: Answers, content: Content): WhatIfAdvice {
  const [tracked, setTracked] = useState<Tracked>(() => ({
    answers,
    content,
    advice: advise(answers, content),
    changes: null,
    changedSlots: noSlots,
  }));
  if (tracked.answers === answers && tracked.content === content) return tracked;
  const advice = reuseUnchangedAdvice(tracked.advice, advise(answers, content));
  const changes = diffAdvice(tracked.advice, advice);
  const changedSlots = new Set(changes.changed.keys());
  const next: Tracked = {
    answers,
    content,
    advice,
    changes,
    changedSlots: sameSlots(changedSlots, tracked.changedSlots)
      ? tracked.changedSlots
      : changedSlots,
  };
  setTracked(next);
  return next;
}
