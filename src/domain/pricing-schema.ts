import { z } from 'zod';
import { billingUnits, requiredPriceRegions, scales, trafficShapes } from './cost/cost-vocabulary';
import { Id, IsoDate, ContentText, SourceUrl } from './localized-text';

/**
 * True for a page AWS publishes itself (aws.amazon.com, docs.aws.amazon.com, …), not for a copy on
 * a proxy or mirror whose host merely contains "aws.amazon.com".
 */
export function isAwsPage(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return host === 'aws.amazon.com' || host.endsWith('.aws.amazon.com');
}

const AwsPage = SourceUrl.refine(isAwsPage, {
  message: 'expected a page on aws.amazon.com or docs.aws.amazon.com',
});

const RegionCode = z
  .string()
  .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'expected an AWS Region code such as "ap-northeast-1"');

/** Low and high ends of an assumption, so an estimate is a range and not a false point. */
const Range = z
  .strictObject({ low: z.number().nonnegative(), high: z.number().nonnegative() })
  .refine((range) => range.low <= range.high, { message: 'low must not exceed high' });

const UsageMetric = z
  .strictObject({
    id: Id,
    label: ContentText,
    /** How the numbers were reached, shown beside them so the estimate is not a black box. */
    basis: ContentText,
    /** Whether the traffic answer widens this metric (requests do; stored data does not). */
    followsTraffic: z.boolean(),
    small: Range,
    medium: Range,
    large: Range,
  })
  .superRefine((metric, ctx) => {
    for (const [index, scale] of scales.entries()) {
      const smaller = scales[index - 1];
      if (!smaller) continue;
      for (const end of ['low', 'high'] as const) {
        if (metric[scale][end] < metric[smaller][end]) {
          ctx.addIssue({
            code: 'custom',
            path: [scale, end],
            message: `must not be below ${smaller}.${end} (${metric[smaller][end]}): an estimate never shrinks as the scale grows`,
          });
        }
      }
    }
  });
export type UsageMetric = z.infer<typeof UsageMetric>;

const TrafficAdjustment = z
  .strictObject({
    /** Multiplies the low end of every metric that follows traffic. */
    low: z.number().positive(),
    /** Multiplies the high end of every metric that follows traffic. */
    high: z.number().positive(),
    note: ContentText,
  })
  .refine((adjustment) => adjustment.low <= adjustment.high, {
    message: 'low must not exceed high',
  });

/** content/usage-profiles.yaml: the monthly usage assumed for each scale answer and traffic shape. */
export const UsageProfiles = z.strictObject({
  /** What each scale answer is taken to mean, shown with the estimate. */
  scales: z.strictObject(
    Object.fromEntries(scales.map((scale) => [scale, ContentText])) as Record<
      (typeof scales)[number],
      typeof ContentText
    >,
  ),
  traffic: z.strictObject(
    Object.fromEntries(trafficShapes.map((shape) => [shape, TrafficAdjustment])) as Record<
      (typeof trafficShapes)[number],
      typeof TrafficAdjustment
    >,
  ),
  metrics: z.array(UsageMetric).min(1),
  /** The Region the estimate prices, per `residency` answer; `otherwise` when it is unanswered. */
  regions: z.strictObject({
    byResidency: z.record(Id, z.enum(requiredPriceRegions)),
    otherwise: z.enum(requiredPriceRegions),
    note: ContentText,
  }),
  /** USD of credits on hand, per `credits` answer. */
  credits: z.record(Id, z.number().positive().max(10_000_000)),
});
export type UsageProfiles = z.infer<typeof UsageProfiles>;

const RegionPrice = z
  .strictObject({
    /** On-demand USD for `per` units of the charge. */
    usd: z.number().nonnegative(),
    /** True only when this figure was read on an AWS page: `seen`, or else the file's `source`. */
    verified: z.boolean(),
    seen: AwsPage.optional(),
  })
  .refine((price) => price.verified || price.seen === undefined, {
    path: ['seen'],
    message: 'only a verified price names the AWS page it was read on',
  });
export type RegionPrice = z.infer<typeof RegionPrice>;

const FreeTier = z
  .strictObject({
    /** Units free every month for every account, for good. */
    always: z.number().positive().optional(),
    /**
     * Units free each month for the first 12 months of a legacy account. Recorded, never applied:
     * accounts opened since 2025-07-15 get Free Tier credits instead.
     */
    twelveMonths: z.number().positive().optional(),
  })
  .refine((free) => free.always !== undefined || free.twelveMonths !== undefined, {
    message: 'give always, twelveMonths or both',
  });

const Charge = z
  .strictObject({
    id: Id,
    label: ContentText,
    unit: z.enum(billingUnits),
    /** The price is for this many units: 1000000 for "per million requests". */
    per: z.number().positive().default(1),
    /** The usage-profile metric that drives the charge; none for a purely fixed charge. */
    metric: Id.optional(),
    /** Units per unit of the metric: 0.1 GB-seconds per request for a 512 MB, 200 ms function. */
    factor: z.number().positive().default(1),
    /** Units billed however little the traffic: the fixed floor (730 load balancer hours). */
    minimum: z.number().nonnegative().default(0),
    /** Applies only at these scale answers (an instance size chosen per scale). */
    scales: z.array(z.enum(scales)).min(1).optional(),
    /** Applies only when the pick carries this configuration (point-in-time recovery). */
    onlyWith: Id.optional(),
    freeTier: FreeTier.optional(),
    prices: z.record(RegionCode, RegionPrice),
    /** What the factor and the minimum assume, in words; required when either is set. */
    note: ContentText.optional(),
  })
  .superRefine((charge, ctx) => {
    for (const region of requiredPriceRegions) {
      if (!(region in charge.prices)) {
        ctx.addIssue({
          code: 'custom',
          path: ['prices', region],
          message: `needs a price in ${region} (the Regions the residency answer leads to)`,
        });
      }
    }
    if (!charge.metric && charge.minimum === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['minimum'],
        message: 'a charge without a metric bills only its minimum, so it needs one above 0',
      });
    }
    if (!charge.note && ((charge.metric && charge.factor !== 1) || charge.minimum > 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'say in words what the factor or the minimum assumes',
      });
    }
  });
export type Charge = z.infer<typeof Charge>;

const ConfigurationEffect = z
  .strictObject({
    /** A charge id of this file. */
    charge: Id,
    /** Raises the charge's minimum to this many units (a capacity kept on instead of pausing). */
    minimum: z.number().nonnegative().optional(),
    /** Multiplies the charge's usage and minimum (a second instance in another AZ). */
    multiply: z.number().positive().optional(),
  })
  .refine((effect) => effect.minimum !== undefined || effect.multiply !== undefined, {
    message: 'give minimum, multiply or both',
  });

/** A configuration id the engine can emit on a pick, with what it does to this service's bill. */
const Configuration = z.strictObject({
  id: Id,
  label: ContentText,
  effects: z.array(ConfigurationEffect).default([]),
});
export type Configuration = z.infer<typeof Configuration>;

/**
 * content/pricing/<service-id>.yaml. Three forms: charges (metered), `free: true` (AWS bills
 * nothing for the service itself) or `billedAs` (its bill is another service's: ECS runs on Fargate).
 */
export const ServicePricing = z
  .strictObject({
    service: Id,
    /** The AWS pricing page the figures come from. */
    source: AwsPage,
    reviewed: IsoDate,
    /** How the line is modelled, shown with the estimate. */
    summary: ContentText,
    free: z.boolean().default(false),
    billedAs: Id.optional(),
    /** For the free and billedAs forms: whether that claim was read on `source`. */
    verified: z.boolean().optional(),
    charges: z.array(Charge).default([]),
    configurations: z.array(Configuration).default([]),
  })
  .superRefine((pricing, ctx) => {
    const issue = (path: PropertyKey[], message: string) => {
      ctx.addIssue({ code: 'custom', path, message });
    };
    const metered = !pricing.free && !pricing.billedAs;
    if (pricing.free && pricing.billedAs)
      issue(['billedAs'], 'a free service is billed as nothing');
    if (metered && pricing.charges.length === 0) {
      issue(['charges'], 'needs at least one charge, or `free: true`, or `billedAs`');
    }
    if (!metered && pricing.charges.length > 0) {
      issue(['charges'], 'a free or billedAs service has no charges of its own');
    }
    if (!metered && pricing.configurations.length > 0) {
      issue(['configurations'], 'a free or billedAs service has no configurations of its own');
    }
    if (!metered && pricing.verified === undefined) {
      issue(['verified'], 'say whether the free or billedAs claim was read on the source page');
    }
    if (metered && pricing.verified !== undefined) {
      issue(['verified'], 'a metered service marks each price as verified instead');
    }
    const chargeIds = pricing.charges.map((charge) => charge.id);
    const configurationIds = pricing.configurations.map((configuration) => configuration.id);
    pricing.charges.forEach((charge, i) => {
      if (chargeIds.indexOf(charge.id) !== i) issue(['charges', i, 'id'], `duplicate charge id`);
      if (charge.onlyWith && !configurationIds.includes(charge.onlyWith)) {
        issue(
          ['charges', i, 'onlyWith'],
          `"${charge.onlyWith}" is not a configuration of this file`,
        );
      }
    });
    pricing.configurations.forEach((configuration, i) => {
      if (configurationIds.indexOf(configuration.id) !== i) {
        issue(['configurations', i, 'id'], 'duplicate configuration id');
      }
      configuration.effects.forEach((effect, j) => {
        if (!chargeIds.includes(effect.charge)) {
          issue(
            ['configurations', i, 'effects', j, 'charge'],
            `"${effect.charge}" is not a charge of this file`,
          );
        }
      });
    });
  });
export type ServicePricing = z.infer<typeof ServicePricing>;
