import { z } from 'zod';
import { Condition } from './condition-schema';
import { Id, ContentText } from './localized-text';
import { failurePractices } from './failure-practices';
import { Door } from './stack-schema';

export const Stage = z.strictObject({
  /** A value of the question with the `stage` role; the content check keeps them in step. */
  id: Id,
  title: ContentText,
  summary: ContentText,
  /** What tells a team it has reached this stage, so it knows when to revisit. */
  trigger: ContentText,
  concerns: z
    .array(z.strictObject({ id: Id, label: ContentText, services: z.array(Id).min(1) }))
    .min(1),
});
export type Stage = z.infer<typeof Stage>;
export const Stages = z.strictObject({ stages: z.array(Stage).min(1) });

export const Practice = z.strictObject({
  id: z.enum(failurePractices),
  title: ContentText,
  /** The practice is on the checklist only while this holds (no backups to check without data). */
  when: Condition.optional(),
  why: ContentText,
  gapAdvice: ContentText,
  /** When the team's targets ask more than defaults give, built-in becomes "to configure" with this note. */
  escalateWhen: Condition.optional(),
  escalateNote: ContentText.optional(),
});
export type Practice = z.infer<typeof Practice>;
export const Practices = z.strictObject({
  practices: z.array(Practice).length(failurePractices.length),
});

/** A first-match list with a required default, so every answer set gets exactly one piece of advice. */
export const AdviceChoice = z.strictObject({
  cases: z.array(z.strictObject({ when: Condition, advice: ContentText })).default([]),
  default: ContentText,
});

/** A decision that is not a service pick (the AWS Region, for instance). */
export const StandaloneDecision = z.strictObject({
  id: Id,
  title: ContentText,
  /** The teams it applies to; without it, every team. */
  when: Condition.optional(),
  deliberation: Id.optional(),
  door: Door,
  recommendation: AdviceChoice,
});
export type StandaloneDecision = z.infer<typeof StandaloneDecision>;
export const Decisions = z.strictObject({ decisions: z.array(StandaloneDecision) });

export const AnswerValue = z.union([Id, z.array(Id)]);
export const Preset = z.strictObject({
  id: Id,
  title: ContentText,
  /** For the facilitator: what to point out when the room opens this preset. */
  note: ContentText,
  answers: z.record(Id, AnswerValue),
});
export type Preset = z.infer<typeof Preset>;
