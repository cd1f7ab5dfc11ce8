import type { MatchedAnswer } from './condition';
import type { LocalizedText } from './localized-text';
import type { FailurePractice } from './failure-practices';
import type { Door } from './stack-schema';
import type { Tier } from './stack-tiers';

/** Why a service scored as it did: a rule that fired (with the answers it matched) or the slot's default. */
export interface Reason {
  rule: string | null;
  text: LocalizedText;
  /** Points this reason added; null when it excluded the service. */
  score: number | null;
  matched: MatchedAnswer[];
}

export interface RankedService {
  service: string;
  score: number;
  reasons: readonly Reason[];
  preferWhen: LocalizedText;
}

export interface StackEntry {
  slot: string;
  title: LocalizedText;
  tier: Tier;
  service: string;
  score: number;
  reasons: readonly Reason[];
  /** The other services open to new customers, best first; never an excluded or closed one. */
  alternatives: RankedService[];
  excluded: { service: string; reasons: readonly Reason[] }[];
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
  title: LocalizedText;
  /** The stack slot this decision is about, or null for a decision that is not a service pick. */
  slot: string | null;
  choice: string | null;
  advice: LocalizedText | null;
  door: Door;
  /** True when the team said it is stuck on this decision; those come first. */
  deliberating: boolean;
}

export type FailureStatus = 'built-in' | 'to-configure' | 'gap';

export interface FailureCheck {
  practice: FailurePractice;
  title: LocalizedText;
  status: FailureStatus;
  /** Services in the stack that cover the practice, with what each gives. */
  coveredBy: { service: string; support: 'built-in' | 'configure'; note: LocalizedText }[];
  /** What to do: the escalation when the targets ask more than defaults, or the gap advice. */
  advice: LocalizedText | null;
  matched: MatchedAnswer[];
}

export interface RoadmapStep {
  stage: string;
  title: LocalizedText;
  position: 'past' | 'now' | 'next' | 'later';
  trigger: LocalizedText;
  concerns: { id: string; label: LocalizedText; services: string[] }[];
}

export type Warning =
  | {
      kind: 'service-unavailable';
      slot: string;
      service: string;
      status: 'closed-to-new-customers' | 'end-of-support';
      date: string | null;
      successor: string | null;
      text: LocalizedText;
    }
  | { kind: 'fixed-cost-on-credits'; slot: string; service: string; text: LocalizedText };

/** What makes a warning the same warning in two pieces of advice: its kind, slot and service. */
export function warningKey(warning: Warning): string {
  return `${warning.kind}:${warning.slot}:${warning.service}`;
}

export interface Advice {
  stack: StackEntry[];
  heavyLifting: HeavyLiftingEntry[];
  decisions: Decision[];
  failure: FailureCheck[];
  roadmap: RoadmapStep[];
  warnings: Warning[];
}
