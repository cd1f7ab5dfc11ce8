import type { CostEstimate } from './cost/estimate-cost';
import type { MatchedAnswer } from './condition';
import type { Text } from './localized-text';
import type { FailurePractice } from './failure-practices';
import type { Door } from './stack-schema';
import type { Tier } from './stack-tiers';

/** Why a service scored as it did: a rule that fired (with the answers it matched) or the slot's default. */
export interface Reason {
  rule: string | null;
  text: Text;
  /** Points this reason added; null when it excluded the service. */
  score: number | null;
  matched: readonly MatchedAnswer[];
}

export interface RankedService {
  service: string;
  score: number;
  reasons: readonly Reason[];
  preferWhen: Text;
  whyNot: WhyNot;
}

/**
 * Why a candidate is not the pick, in one line. `text` is content's own text (so it follows the
 * language content is shown in) and `versus` the pick it lost to:
 * - ruled-out: `text` is the first constraint it breaks;
 * - outranked: `text` is the reason that put the pick above it, or its own penalty;
 * - default: no answer spoke for either; `text` says when to prefer it instead;
 * - tie: level with the pick; `text` says when to prefer it;
 * - not-needed: a bundle member the answers do not call for yet; `text` says when to add it.
 */
export interface WhyNot {
  kind: 'ruled-out' | 'outranked' | 'default' | 'tie' | 'not-needed';
  versus: string | null;
  text: Text;
  /** The answers behind `text` (for a data model it cannot store: those models). */
  matched: readonly MatchedAnswer[];
}

/** A service ruled out by a hard constraint before ranking. */
export interface ExcludedService {
  service: string;
  reasons: readonly Reason[];
  whyNot: WhyNot;
}

/** A member of a bundle slot, with why it joined the set. */
export interface BundleMember {
  service: string;
  reasons: readonly Reason[];
}

/** How to set up a pick for the team's targets. `id` is stable and priced by the cost estimate. */
export interface ConfigurationAdvice {
  service: string;
  id: string;
  text: Text;
  matched: readonly MatchedAnswer[];
}

/** Two or more candidates ranked level: shown as a tie, with what would decide it. */
export interface Tie {
  services: string[];
  /** Per tied service, when to prefer it. */
  decideBy: { service: string; preferWhen: Text }[];
}

export interface StackEntry {
  slot: string;
  title: Text;
  tier: Tier;
  /** pick: `service` won; bundle: `services` are all members, `service` the first. */
  kind: 'pick' | 'bundle';
  /** The headline pick (a bundle's first member). */
  service: string;
  /** Every service this slot puts in the stack, headline first. */
  services: string[];
  score: number;
  reasons: readonly Reason[];
  /** For a bundle: each member and why it joined; empty for a pick. */
  members: BundleMember[];
  /** The other services open to new customers, best first; never an excluded or closed one. */
  alternatives: RankedService[];
  excluded: ExcludedService[];
  /** A tie at the top, or null when the pick won outright. */
  tie: Tie | null;
  configuration: ConfigurationAdvice[];
}

export interface HeavyLiftingEntry {
  chore: string;
  /** Stack slots whose pick takes the chore off the team; empty means a gap. */
  absorbedBy: { slot: string; service: string }[];
  /** For a gap: services in the catalog that would absorb it. */
  suggestions: string[];
}

export interface Decision {
  id: string;
  title: Text;
  /** The stack slot this decision is about, or null for a decision that is not a service pick. */
  slot: string | null;
  choice: string | null;
  advice: Text | null;
  door: Door;
  /** True when the team said it is stuck on this decision; those come first. */
  deliberating: boolean;
}

export type FailureStatus = 'built-in' | 'to-configure' | 'gap';

export interface FailureCheck {
  practice: FailurePractice;
  title: Text;
  status: FailureStatus;
  /** Services in the stack that cover the practice, with what each gives. */
  coveredBy: { service: string; support: 'built-in' | 'configure'; note: Text }[];
  /** What to do: the escalation when the targets ask more than defaults, or the gap advice. */
  advice: Text | null;
  matched: readonly MatchedAnswer[];
}

export interface RoadmapStep {
  stage: string;
  title: Text;
  position: 'past' | 'now' | 'next' | 'later';
  trigger: Text;
  concerns: { id: string; label: Text; services: string[] }[];
}

export type Warning =
  | {
      kind: 'service-unavailable';
      slot: string;
      service: string;
      status: 'closed-to-new-customers' | 'end-of-support';
      date: string | null;
      successor: string | null;
      text: Text;
    }
  | { kind: 'fixed-cost-on-credits'; slot: string; service: string; text: Text }
  | { kind: 'no-eligible-candidate'; slot: string; service: string; text: Text };

/** What makes a warning the same warning in two pieces of advice: its kind, slot and service. */
export function warningKey(warning: Warning): string {
  return `${warning.kind}:${warning.slot}:${warning.service}`;
}

export interface Advice {
  stack: StackEntry[];
  /** What the stack costs each month: an estimate from content's prices and usage profiles. */
  cost: CostEstimate;
  heavyLifting: HeavyLiftingEntry[];
  decisions: Decision[];
  failure: FailureCheck[];
  roadmap: RoadmapStep[];
  warnings: Warning[];
}
