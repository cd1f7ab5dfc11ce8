import { z } from 'zod';
import { failurePractices } from './failure-practices';
import { Id, IsoDate, ContentText, SourceUrl } from './localized-text';

export const serviceCategories = [
  'hosting',
  'compute',
  'api',
  'database',
  'storage',
  'messaging',
  'auth',
  'observability',
  'security',
  'devtools',
  'analytics',
  'ml',
  'media',
  'engagement',
  'iot',
  'networking',
  'cost',
  'end-user-computing',
] as const;

export const pricingModels = [
  'pay-per-use',
  'scales-to-zero',
  'free-tier',
  'fixed-monthly',
  'minimum-charge',
  'per-user',
  'commitment',
  'no-charge',
] as const;

/** A claim about a service, with where it was read. */
export const Fact = z.strictObject({
  claim: ContentText,
  source: SourceUrl,
});

const FailureSupport = z.strictObject({
  /** built-in: on from the start; configure: available, but the team must switch it on or size it. */
  support: z.enum(['built-in', 'configure']),
  note: ContentText,
  source: SourceUrl,
});

export const Lifecycle = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('ga') }),
  z.strictObject({ status: z.literal('renamed'), date: IsoDate, formerly: z.string().min(1) }),
  z.strictObject({
    status: z.literal('closed-to-new-customers'),
    date: IsoDate.optional(),
    source: SourceUrl,
    successor: Id.optional(),
    successorNote: ContentText,
  }),
  /** Still sold and patched, but frozen: AWS has announced its end of life and a successor. */
  z.strictObject({
    status: z.literal('maintenance'),
    date: IsoDate.optional(),
    endOfLife: IsoDate,
    source: SourceUrl,
    successor: Id.optional(),
    successorNote: ContentText,
  }),
  z.strictObject({
    status: z.literal('end-of-support'),
    date: IsoDate,
    source: SourceUrl,
    successor: Id.optional(),
    successorNote: ContentText,
  }),
]);
export type Lifecycle = z.infer<typeof Lifecycle>;

export const Service = z.strictObject({
  id: Id,
  name: z.string().min(1),
  category: z.enum(serviceCategories),
  purpose: ContentText,
  /** Chore ids (the `offload` answer values) this service takes off the team's hands. */
  removes: z.array(Id).default([]),
  failure: z.partialRecord(z.enum(failurePractices), FailureSupport).default({}),
  pricing: z.strictObject({
    models: z.array(z.enum(pricingModels)).min(1),
    summary: ContentText,
    source: SourceUrl,
  }),
  lifecycle: Lifecycle,
  docs: SourceUrl,
  facts: z.array(Fact).default([]),
  reviewed: IsoDate,
  /** Shown for context (stage roadmap, cost levers) but never a candidate for a stack slot. */
  informational: z.boolean().default(false),
});
export type Service = z.infer<typeof Service>;
