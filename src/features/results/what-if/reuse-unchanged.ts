import { warningKey, type Advice } from '../../../domain/advice';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality for the plain data the engine returns: objects, arrays, strings, numbers, null. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key]))
  );
}

/**
 * `next`, with each item that equals the previous item of the same key replaced by that previous
 * object, and the previous list itself when nothing changed. Matching by key rather than position
 * keeps the items after a slot that joined or left the stack.
 */
function reuseItems<T>(previous: readonly T[], next: T[], key: (item: T) => string): T[] {
  const before = new Map(previous.map((item) => [key(item), item]));
  let unchanged = previous.length === next.length;
  const merged = next.map((item, i) => {
    const old = before.get(key(item));
    const kept = old !== undefined && sameData(old, item) ? old : item;
    if (kept !== previous[i]) unchanged = false;
    return kept;
  });
  return unchanged ? (previous as T[]) : merged;
}

/**
 * The new advice with every part a "what if" answer left alone still the previous object, so the
 * components memoised on their props (slot cards, lists, the diagram) skip re-rendering it. The
 * result equals `next` value for value: only object identities are borrowed from `previous`.
 */
export function reuseUnchangedAdvice(previous: Advice, next: Advice): Advice {
  const advice: Advice = {
    stack: reuseItems(previous.stack, next.stack, (entry) => entry.slot),
    cost: sameData(previous.cost, next.cost) ? previous.cost : next.cost,
    heavyLifting: reuseItems(previous.heavyLifting, next.heavyLifting, (entry) => entry.chore),
    decisions: reuseItems(previous.decisions, next.decisions, (decision) => decision.id),
    failure: reuseItems(previous.failure, next.failure, (check) => check.practice),
    roadmap: reuseItems(previous.roadmap, next.roadmap, (step) => step.stage),
    warnings: reuseItems(previous.warnings, next.warnings, warningKey),
  };
  const unchanged = (Object.keys(advice) as (keyof Advice)[]).every(
    (part) => advice[part] === previous[part],
  );
  return unchanged ? previous : advice;
}
