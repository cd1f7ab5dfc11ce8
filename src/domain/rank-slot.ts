import type { RankedService, Reason, StackEntry } from './advice';
import type { Answers } from './answers';
import { evaluateCondition } from './condition';
import { serviceById, type ContentIndex } from './content-index';
import { isRecommendable } from './service-schema';
import type { Candidate, Slot } from './stack-schema';

interface Tally {
  service: string;
  candidate: Candidate;
  order: number;
  score: number;
  excluded: boolean;
  reasons: Reason[];
}

export interface RankedSlot {
  entry: StackEntry;
  /** Candidates closed to new customers that would otherwise have won or tied: the talk's usual pick. */
  outrankedUnavailable: string[];
}

/**
 * Scores every candidate of one slot: its base score, then each rule that fires. The highest
 * score among services open to new customers wins; ties go to the earlier candidate in stack.yaml.
 */
export function rankSlot(slot: Slot, answers: Answers, index: ContentIndex): RankedSlot {
  const tallies: Tally[] = slot.candidates.map((candidate, order) => ({
    service: candidate.service,
    candidate,
    order,
    score: candidate.score,
    excluded: false,
    reasons: [{ rule: null, text: candidate.why, score: candidate.score, matched: [] }],
  }));
  for (const rule of index.rulesBySlot.get(slot.id) ?? []) {
    const matched = evaluateCondition(rule.when, answers);
    const tally = matched && tallies.find((candidate) => candidate.service === rule.service);
    if (!tally) continue;
    tally.reasons.push({ rule: rule.id, text: rule.reason, score: rule.score ?? null, matched });
    if (rule.exclude) tally.excluded = true;
    else tally.score += rule.score ?? 0;
  }
  const ranked = tallies
    .filter((tally) => !tally.excluded)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const open = ranked.filter((tally) => isRecommendable(serviceById(index, tally.service)));
  const [pick, ...rest] = open;
  if (!pick) throw new Error(`slot "${slot.id}" has no eligible candidate for these answers`);

  const alternatives: RankedService[] = rest.map((tally) => ({
    service: tally.service,
    score: tally.score,
    reasons: tally.reasons,
    preferWhen: tally.candidate.preferWhen,
  }));
  return {
    entry: {
      slot: slot.id,
      title: slot.title,
      tier: slot.tier,
      service: pick.service,
      score: pick.score,
      reasons: pick.reasons,
      alternatives,
      excluded: tallies
        .filter((tally) => tally.excluded && isRecommendable(serviceById(index, tally.service)))
        .map((tally) => ({ service: tally.service, reasons: tally.reasons })),
    },
    outrankedUnavailable: ranked
      .filter((tally) => tally.score >= pick.score && !open.includes(tally))
      .map((tally) => tally.service),
  };
}
