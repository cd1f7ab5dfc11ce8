import type { RankedService, Reason, StackEntry } from './advice';
import type { Answers } from './answers';
import { evaluateCondition } from './condition';
import type { ContentIndex, IndexedCandidate } from './content-index';
import type { Slot } from './stack-schema';

interface Tally extends IndexedCandidate {
  order: number;
  score: number;
  excluded: boolean;
  reasons: readonly Reason[];
}

export interface RankedSlot {
  entry: StackEntry;
  /** Candidates closed to new customers that would otherwise have won or tied: the talk's usual pick. */
  outrankedUnavailable: string[];
}

function byScoreThenOrder(a: Tally, b: Tally): number {
  return b.score - a.score || a.order - b.order;
}

/**
 * Scores every candidate of one slot: its base score, then each rule that fires. The highest
 * score among services open to new customers wins; ties go to the earlier candidate in stack.yaml.
 */
export function rankSlot(slot: Slot, answers: Answers, index: ContentIndex): RankedSlot {
  const tallies: Tally[] = (index.candidatesBySlot.get(slot.id) ?? []).map((indexed, order) => ({
    candidate: indexed.candidate,
    recommendable: indexed.recommendable,
    defaultReasons: indexed.defaultReasons,
    order,
    score: indexed.candidate.score,
    excluded: false,
    reasons: indexed.defaultReasons,
  }));
  for (const rule of index.rulesBySlot.get(slot.id) ?? []) {
    const matched = evaluateCondition(rule.when, answers);
    if (!matched) continue;
    const tally = tallies.find((candidate) => candidate.candidate.service === rule.service);
    if (!tally) continue;
    const reason = { rule: rule.id, text: rule.reason, score: rule.score ?? null, matched };
    tally.reasons = [...tally.reasons, reason];
    if (rule.exclude) tally.excluded = true;
    else tally.score += rule.score ?? 0;
  }

  const open: Tally[] = [];
  const closed: Tally[] = [];
  const excluded: StackEntry['excluded'] = [];
  for (const tally of tallies) {
    if (tally.excluded) {
      if (tally.recommendable)
        excluded.push({ service: tally.candidate.service, reasons: tally.reasons });
    } else {
      (tally.recommendable ? open : closed).push(tally);
    }
  }
  open.sort(byScoreThenOrder);
  const pick = open[0];
  if (!pick) throw new Error(`slot "${slot.id}" has no eligible candidate for these answers`);

  const alternatives: RankedService[] = open.slice(1).map((tally) => ({
    service: tally.candidate.service,
    score: tally.score,
    reasons: tally.reasons,
    preferWhen: tally.candidate.preferWhen,
  }));
  return {
    entry: {
      slot: slot.id,
      title: slot.title,
      tier: slot.tier,
      service: pick.candidate.service,
      score: pick.score,
      reasons: pick.reasons,
      alternatives,
      excluded,
    },
    outrankedUnavailable: closed
      .filter((tally) => tally.score >= pick.score)
      .map((tally) => tally.candidate.service),
  };
}
