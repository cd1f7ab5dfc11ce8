import type {
  BundleMember,
  ConfigurationAdvice,
  ExcludedService,
  RankedService,
  Reason,
  StackEntry,
  Tie,
  WhyNot,
} from './advice';
import type { Answers } from './answers';
import { evaluateCondition, type ConditionScope, type MatchedAnswer } from './condition';
import type { ContentIndex, IndexedCandidate } from './content-index';
import type { Slot } from './stack-schema';

/** What a slot is decided against: the answers, the facts, what earlier slots picked. */
export interface SlotContext {
  answers: Answers;
  scope: ConditionScope;
  index: ContentIndex;
  /** Per slot that stores data, the answered models it takes (see `dataModelsTaken`). */
  taken: ReadonlyMap<string, readonly string[]>;
}

interface Tally extends IndexedCandidate {
  score: number;
  /** The candidate's standing reasons until a rule adds one (copied on first write). */
  reasons: readonly Reason[];
  ruledOut: boolean;
}

function addReason(tally: Tally, reason: Reason): void {
  tally.reasons = [...tally.reasons, reason];
}

/** No candidate survives the constraints: content cannot serve this team in this slot. */
export interface NoFit {
  noFit: true;
  slot: Slot;
}

/**
 * Decides one slot in two phases. Constraints first: a candidate that breaks a stated requirement
 * (an `exclude` rule, or a data model it cannot store) is ruled out with the reason, whatever its
 * score. Preferences then rank what survives: in a pick, the highest score wins and a level score
 * at the top is reported as a tie; in a bundle, every member whose condition holds joins the set.
 */
export function decideSlot(slot: Slot, context: SlotContext): StackEntry | NoFit | null {
  const tallies = applyRules(slot, context);
  const excluded: ExcludedService[] = [];
  const eligible: Tally[] = [];
  for (const tally of tallies) {
    if (tally.ruledOut) excluded.push(ruledOut(tally));
    else eligible.push(tally);
  }
  return slot.kind === 'bundle'
    ? decideBundle(slot, eligible, excluded, context)
    : decidePick(slot, eligible, excluded, context);
}

function applyRules(slot: Slot, { answers, scope, index, taken }: SlotContext): Tally[] {
  // Object literals rather than spreads: spreads are slow on Node 20's V8, and this runs for
  // every candidate of every slot on every call.
  const tallies: Tally[] = (index.candidatesBySlot.get(slot.id) ?? []).map((indexed) => ({
    candidate: indexed.candidate,
    order: indexed.order,
    defaultReasons: indexed.defaultReasons,
    score: indexed.candidate.score,
    reasons: indexed.defaultReasons,
    ruledOut: false,
  }));
  const models = taken.get(slot.id);
  const { stores } = slot;
  if (stores && models && models.length > 0) {
    for (const tally of tallies) {
      const missing = models.filter((model) => !tally.candidate.serves?.includes(model));
      if (missing.length === 0) continue;
      tally.ruledOut = true;
      addReason(tally, {
        rule: null,
        text: stores.cannotServe,
        score: null,
        matched: missing.map((value) => ({ question: stores.question, value })),
      });
    }
  }
  for (const { rule, services } of index.rulesBySlot.get(slot.id) ?? []) {
    const matched = evaluateCondition(rule.when, answers, scope);
    if (!matched) continue;
    for (const service of services) {
      const tally = tallies.find((candidate) => candidate.candidate.service === service);
      if (!tally) continue;
      addReason(tally, { rule: rule.id, text: rule.reason, score: rule.score ?? null, matched });
      if (rule.exclude) tally.ruledOut = true;
      else tally.score += rule.score ?? 0;
    }
  }
  return tallies;
}

function ruledOut(tally: Tally): ExcludedService {
  const constraints = tally.reasons.filter((reason) => reason.score === null);
  const [first] = constraints;
  return {
    service: tally.candidate.service,
    reasons: constraints,
    whyNot: {
      kind: 'ruled-out',
      versus: null,
      text: first ? first.text : tally.candidate.preferWhen,
      matched: first ? first.matched : [],
    },
  };
}

function byScoreThenOrder(a: Tally, b: Tally): number {
  return b.score - a.score || a.order - b.order;
}

function decidePick(
  slot: Slot,
  eligible: Tally[],
  excluded: ExcludedService[],
  context: SlotContext,
): StackEntry | NoFit {
  eligible.sort(byScoreThenOrder);
  const pick = eligible[0];
  if (!pick) return { noFit: true, slot };
  const level = eligible.filter((tally) => tally.score === pick.score);
  const tie: Tie | null =
    level.length > 1
      ? {
          services: level.map((tally) => tally.candidate.service),
          decideBy: level.map((tally) => ({
            service: tally.candidate.service,
            preferWhen: tally.candidate.preferWhen,
          })),
        }
      : null;
  const alternatives: RankedService[] = eligible.slice(1).map((tally) => ({
    service: tally.candidate.service,
    score: tally.score,
    reasons: tally.reasons,
    preferWhen: tally.candidate.preferWhen,
    whyNot: whyRankedLower(tally, pick, tie !== null && tally.score === pick.score),
  }));
  return {
    slot: slot.id,
    title: slot.title,
    tier: slot.tier,
    kind: 'pick',
    service: pick.candidate.service,
    services: [pick.candidate.service],
    score: pick.score,
    reasons: pick.reasons,
    members: [],
    alternatives,
    excluded,
    tie,
    configuration: configurationFor([pick], context),
  };
}

/**
 * One line for why `tally` lost to `pick`: a tie; else its own penalty; else the strongest reason
 * the pick has and it lacks; else only the base scores differ, and it says when to prefer it.
 */
function whyRankedLower(tally: Tally, pick: Tally, tied: boolean): WhyNot {
  const versus = pick.candidate.service;
  if (tied) return { kind: 'tie', versus, text: tally.candidate.preferWhen, matched: [] };
  const penalty = strongest(tally.reasons, (score) => -score);
  if (penalty) return { kind: 'outranked', versus, text: penalty.text, matched: penalty.matched };
  const decisive = strongest(
    pick.reasons.filter((reason) => !tally.reasons.some((own) => own.rule === reason.rule)),
    (score) => score,
  );
  return decisive
    ? { kind: 'outranked', versus, text: decisive.text, matched: decisive.matched }
    : { kind: 'default', versus, text: tally.candidate.preferWhen, matched: [] };
}

/** The rule reason with the largest positive `weight(score)`, if any. */
function strongest(reasons: readonly Reason[], weight: (score: number) => number): Reason | null {
  let best: Reason | null = null;
  for (const reason of reasons) {
    if (reason.rule === null || reason.score === null || weight(reason.score) <= 0) continue;
    if (!best || weight(reason.score) > weight(best.score ?? 0)) best = reason;
  }
  return best;
}

function decideBundle(
  slot: Slot,
  eligible: Tally[],
  excluded: ExcludedService[],
  context: SlotContext,
): StackEntry | null {
  const members: BundleMember[] = [];
  const joined: Tally[] = [];
  const alternatives: RankedService[] = [];
  for (const tally of eligible) {
    const { includeWhen, includeReason } = tally.candidate;
    const matched = includeWhen
      ? evaluateCondition(includeWhen, context.answers, context.scope)
      : [];
    if (matched) {
      const reasons =
        includeWhen && includeReason
          ? [...tally.reasons, { rule: null, text: includeReason, score: null, matched }]
          : tally.reasons;
      members.push({ service: tally.candidate.service, reasons });
      joined.push(tally);
    } else {
      alternatives.push({
        service: tally.candidate.service,
        score: tally.score,
        reasons: tally.reasons,
        preferWhen: tally.candidate.preferWhen,
        whyNot: {
          kind: 'not-needed',
          versus: null,
          text: tally.candidate.preferWhen,
          matched: [],
        },
      });
    }
  }
  const [head] = members;
  if (!head) return null;
  return {
    slot: slot.id,
    title: slot.title,
    tier: slot.tier,
    kind: 'bundle',
    service: head.service,
    services: members.map((member) => member.service),
    score: 0,
    reasons: head.reasons,
    members,
    alternatives,
    excluded,
    tie: null,
    configuration: configurationFor(joined, context),
  };
}

function configurationFor(
  picks: readonly Tally[],
  { answers, scope }: SlotContext,
): ConfigurationAdvice[] {
  const advice: ConfigurationAdvice[] = [];
  for (const pick of picks) {
    for (const configuration of pick.candidate.configuration) {
      const matched: readonly MatchedAnswer[] | undefined = configuration.when
        ? evaluateCondition(configuration.when, answers, scope)
        : [];
      if (matched) {
        advice.push({
          service: pick.candidate.service,
          id: configuration.id,
          text: configuration.text,
          matched,
        });
      }
    }
  }
  return advice;
}
