import { z } from 'zod';
import { lanes, tiers, timeBoxes } from './stack-tiers';
import { Condition } from './condition-schema';
import { Id, ContentText } from './localized-text';

export const Door = z.strictObject({
  kind: z.enum(['one-way', 'two-way']),
  timeBox: z.enum(timeBoxes),
  /** For a one-way door: the small trick that makes it closer to two-way. */
  keepOpen: ContentText.optional(),
});
export type Door = z.infer<typeof Door>;

/** How to set up a pick so it meets the team's targets, shown only while `when` holds. */
export const Configuration = z.strictObject({
  /** A stable id, also the key the cost estimate prices (e.g. `min-capacity`). */
  id: Id,
  when: Condition.optional(),
  text: ContentText,
});
export type Configuration = z.infer<typeof Configuration>;

export const Candidate = z.strictObject({
  service: Id,
  /** Starting score before any rule fires. Ignored in a bundle, where members are included, not ranked. */
  score: z.int().min(0).max(10).default(0),
  /** The standing reason this service suits the slot, shown when no rule speaks for it. */
  why: ContentText,
  preferWhen: ContentText,
  /** Overrides the slot's door when this service is the pick (e.g. a portable engine). */
  door: Door.optional(),
  /** In a slot that stores data: the answered data models this service stores natively. */
  serves: z.array(Id).min(1).optional(),
  /** In a bundle: the member joins the set only while this holds (absent: always). */
  includeWhen: Condition.optional(),
  /** In a bundle: why the member joined, shown with the answers `includeWhen` matched. */
  includeReason: ContentText.optional(),
  configuration: z.array(Configuration).default([]),
});
export type Candidate = z.infer<typeof Candidate>;

/**
 * A slot that stores one or more of the data models a question asks about. Each applicable slot
 * takes the answered models it lists; the `residual` slot (the primary database) takes those no
 * other applicable slot lists. Every candidate must store natively all the models its slot takes.
 */
export const Stores = z.strictObject({
  question: Id,
  models: z.array(Id).min(1),
  residual: z.boolean().default(false),
  /** Why a candidate was ruled out; `{models}` is replaced by the labels of what it cannot store. */
  cannotServe: ContentText,
});
export type Stores = z.infer<typeof Stores>;

export const Slot = z
  .strictObject({
    id: Id,
    title: ContentText,
    tier: z.enum(tiers),
    /** Where the stack diagram draws the slot; optional here, required by the content check. */
    lane: z.enum(lanes).optional(),
    /** pick: one service wins, the rest are alternatives. bundle: every member that applies. */
    kind: z.enum(['pick', 'bundle']).default('pick'),
    /** The `deliberating` answer value that means the team is stuck on this slot. */
    deliberation: Id.optional(),
    /** The slot is part of the stack only while this holds; otherwise it is absent, not defaulted. */
    when: Condition.optional(),
    /** For a slot that holds data: which answered data models it takes. */
    stores: Stores.optional(),
    door: Door,
    /**
     * The slot's step in the week's action plan: `baseline` slots are switched on in one go on day
     * one, the `budget` slot is where the budget alarm is set. Other slots are doors to decide.
     */
    actionPlan: z.enum(['baseline', 'budget']).optional(),
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
    slot.candidates.forEach((candidate, i) => {
      if (slot.stores && !candidate.serves) {
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'serves'],
          message: 'a candidate of a slot that stores data must list the models it serves',
        });
      }
      if (slot.kind === 'pick' && (candidate.includeWhen || candidate.includeReason)) {
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'includeWhen'],
          message: 'includeWhen and includeReason belong to the members of a bundle',
        });
      }
      if (Boolean(candidate.includeWhen) !== Boolean(candidate.includeReason)) {
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i, 'includeReason'],
          message: 'includeWhen and includeReason go together',
        });
      }
    });
  });
export type Slot = z.infer<typeof Slot>;

export const StackLayout = z.strictObject({ slots: z.array(Slot).min(1) });

export const Rule = z
  .strictObject({
    id: Id,
    /** The candidate (or candidates, for a constraint on several) the rule speaks about. */
    service: z.union([Id, z.array(Id).min(1)]),
    when: Condition,
    /** A preference: points added to (or, when negative, taken from) the service's score. */
    score: z.int().min(-10).max(10).optional(),
    /** A hard constraint: the service breaks a stated requirement and is ruled out before ranking. */
    exclude: z.literal(true).optional(),
    reason: ContentText,
  })
  .superRefine((rule, ctx) => {
    if ((rule.score === undefined) === (rule.exclude === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'a rule needs exactly one of score or exclude',
      });
    }
    if (Array.isArray(rule.service) && rule.score !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['service'],
        message: 'a list of services is for constraints (exclude); a preference scores one service',
      });
    }
  });
export type Rule = z.infer<typeof Rule>;

export const RuleFile = z.strictObject({
  slot: Id,
  rules: z.array(Rule).min(1),
});
export type RuleFile = z.infer<typeof RuleFile>;

/** A fact the rules reason with, derived from the answers (and earlier facts) once per call. */
export const Fact = z.strictObject({
  id: Id,
  label: ContentText,
  when: Condition,
});
export type Fact = z.infer<typeof Fact>;
export const Facts = z.strictObject({ facts: z.array(Fact).min(1) });

/**
 * A lifecycle notice: the answers that call for a service the talk names and AWS has since closed
 * or ended. Shown whenever `when` holds, whatever the scores, and never otherwise.
 */
export const Notice = z.strictObject({
  service: Id,
  /** The slot the notice sits beside (the slot where the successor is, or would be, picked). */
  slot: Id,
  when: Condition,
});
export type Notice = z.infer<typeof Notice>;

export const Notices = z.strictObject({
  lifecycle: z.array(Notice).min(1),
  /** When a pick that bills at zero traffic deserves a warning (a team living on credits). */
  fixedCostWhen: Condition,
  /** The monthly floor (USD) of one line from which the fixed-cost warning speaks. */
  fixedCostFloorUsd: z.number().positive(),
  /** Shown for a slot whose every candidate breaks a constraint; the content check should prevent it. */
  noFit: ContentText,
});
export type Notices = z.infer<typeof Notices>;
