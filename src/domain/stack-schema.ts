import { z } from 'zod';
import { tiers, timeBoxes } from './stack-tiers';
import { Condition } from './condition-schema';
import { Id, LocalizedText } from './localized-text';

export const Door = z.strictObject({
  kind: z.enum(['one-way', 'two-way']),
  timeBox: z.enum(timeBoxes),
  /** For a one-way door: the small trick that makes it closer to two-way. */
  keepOpen: LocalizedText.optional(),
});
export type Door = z.infer<typeof Door>;

export const Candidate = z.strictObject({
  service: Id,
  /** Starting score before any rule fires; ties then break by candidate order. */
  score: z.int().min(0).max(10),
  /** The standing reason this service suits the slot, shown when no rule speaks for it. */
  why: LocalizedText,
  preferWhen: LocalizedText,
  /** Overrides the slot's door when this service is the pick (e.g. a portable engine). */
  door: Door.optional(),
});
export type Candidate = z.infer<typeof Candidate>;

export const Slot = z
  .strictObject({
    id: Id,
    title: LocalizedText,
    tier: z.enum(tiers),
    /** The `deliberating` answer value that means the team is stuck on this slot. */
    deliberation: Id.optional(),
    /** The slot is part of the stack only while this holds (feature slots, extra data stores). */
    when: Condition.optional(),
    door: Door,
    candidates: z.array(Candidate).min(1),
  })
  .superRefine((slot, ctx) => {
    if (slot.door.kind === 'one-way' && !slot.door.keepOpen) {
      ctx.addIssue({
        code: 'custom',
        path: ['door', 'keepOpen'],
        message: 'a one-way door needs keepOpen: how to make it closer to two-way',
      });
    }
  });
export type Slot = z.infer<typeof Slot>;

export const StackLayout = z.strictObject({ slots: z.array(Slot).min(1) });

export const Rule = z
  .strictObject({
    id: Id,
    service: Id,
    when: Condition,
    /** Points added to (or, when negative, taken from) the service's score in this slot. */
    score: z.int().min(-10).max(10).optional(),
    /** Removes the service from this slot entirely, even as an alternative. */
    exclude: z.literal(true).optional(),
    reason: LocalizedText,
  })
  .superRefine((rule, ctx) => {
    if ((rule.score === undefined) === (rule.exclude === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'a rule needs exactly one of score or exclude',
      });
    }
  });
export type Rule = z.infer<typeof Rule>;

export const RuleFile = z.strictObject({
  slot: Id,
  rules: z.array(Rule).min(1),
});
export type RuleFile = z.infer<typeof RuleFile>;
