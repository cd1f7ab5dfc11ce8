import type { BillingUnit, Scale, TrafficShape } from './cost-vocabulary';
import { defaultTrafficShape, floorRunwayAlertMonths } from './cost-vocabulary';
import {
  pricesIn,
  usageFor,
  type MetricUsage,
  type PricedService,
  type PricingContent,
} from './price-tables';

export type { PricingContent } from './price-tables';

/** One pick of the recommended stack, with the configuration advice that changes its bill. */
export interface CostInputLine {
  slot: string;
  service: string;
  /** Configuration ids on the pick, such as `min-capacity` or `reader-second-az`. */
  configuration?: readonly string[];
}

export interface CostInput {
  /** The Region the advice recommends (us-east-1, ap-northeast-1, eu-central-1 are all priced). */
  region: string;
  scale: Scale;
  /** Without an answer the estimate assumes traffic can surprise (`unknown`). */
  traffic?: TrafficShape;
  lines: readonly CostInputLine[];
  /** Credits on hand (AWS Activate), for the runway. */
  creditsUsd?: number;
}

/** USD a month, to the cent, low ≤ high. */
export interface MoneyRange {
  low: number;
  high: number;
}

/** How one charge of a line was reached: the assumption behind the number, for the breakdown. */
export interface ChargeEstimate {
  charge: string;
  unit: BillingUnit;
  /** The usage-profile metric that drives it, or null for a fixed charge. */
  metric: string | null;
  /** Units from the usage profile, before the minimum and the free tier. */
  usage: MetricUsage;
  /** Units billed at zero traffic, configuration included. */
  minimum: number;
  /** Always-free units deducted each month. */
  freeUnits: number;
  /** USD per `per` units in `priceRegion`. */
  unitPrice: number;
  per: number;
  priceRegion: string;
  verified: boolean;
  low: number;
  high: number;
  floor: number;
}

/**
 * How a line is billed: by its own charges or another service's (`metered`), at no charge
 * (`free`), in an earlier line for the same bill (`included`: the service is in two slots, or ECS
 * beside the Fargate it runs on), or not at all because content/pricing/ has no entry (`unpriced`).
 */
export type LineBilling = 'metered' | 'free' | 'included' | 'unpriced';

export interface CostLine {
  slot: string;
  service: string;
  billing: LineBilling;
  /** The service whose charges make this bill, when it is not the service itself. */
  billedAs?: string;
  /** For `included`: the line that carries the bill. */
  includedIn?: { slot: string; service: string };
  low: number;
  high: number;
  /** What the line bills at zero traffic. */
  floor: number;
  /** Every price (or the free or billedAs claim) behind the line was read on an AWS page. */
  verified: boolean;
  /** Configuration ids that the price list knows, so they are priced in. */
  configuration: string[];
  /** Configuration ids the price list does not know: they change nothing here. */
  unpricedConfiguration: string[];
  /** Configuration ids that raise the line's floor (the cheaper option is to drop them). */
  floorRaisedBy: string[];
  assumptions: ChargeEstimate[];
}

export interface FloorLine {
  slot: string;
  service: string;
  floor: number;
  floorRaisedBy: string[];
  /** An alternative of the same slot with a lower floor, when the stack's alternatives have one. */
  cheaper?: { service: string; floor: number };
}

export interface CostEstimate {
  currency: 'USD';
  region: string;
  scale: Scale;
  traffic: TrafficShape;
  monthly: MoneyRange;
  /** What the stack bills each month at zero traffic: the sum of the lines' floors. */
  floor: number;
  lines: CostLine[];
  /** Review dates of the prices used, oldest first. */
  priceDates: string[];
  /** Services in the stack with no price data. */
  unpriced: string[];
  /**
   * With credits: months they last at the high and at the low monthly spend, rounded down to a
   * tenth. null when that end of the range spends nothing, so the credits are not used up.
   */
  runwayMonths?: { low: number | null; high: number | null };
  /**
   * With credits, when the floor alone would use them up within 12 months: how soon, and the
   * lines that make the floor, largest first.
   */
  floorBurnsCredits?: { months: number; lines: FloorLine[] };
}

/** Cents from dollars; the nudge keeps 0.285 (stored as 0.28499…) rounding as written, to 29. */
function toCents(usd: number): number {
  return Math.round(usd * 100 + 1e-7);
}

function fromCents(cents: number): number {
  return cents / 100;
}

function monthsOf(creditsCents: number, spendCents: number): number | null {
  return spendCents === 0 ? null : Math.floor((creditsCents / spendCents) * 10) / 10;
}

const noUsage: MetricUsage = { low: 0, high: 0 };

/** What `estimateService` works out for a line, in cents: the numeric part of a `CostLine`. */
type LineCents = Pick<
  CostLine,
  | 'low'
  | 'high'
  | 'floor'
  | 'verified'
  | 'configuration'
  | 'unpricedConfiguration'
  | 'floorRaisedBy'
  | 'assumptions'
>;

/** USD in cents for `quantity` units, never below the minimum, less the free units. */
function billedCents(quantity: number, minimum: number, freeUnits: number, rate: number): number {
  return toCents(Math.max(0, Math.max(quantity, minimum) - freeUnits) * rate);
}

function estimateService(
  priced: PricedService,
  configuration: readonly string[],
  scale: Scale,
  usage: ReadonlyMap<string, MetricUsage>,
): LineCents {
  const line: LineCents = {
    low: 0,
    high: 0,
    floor: 0,
    verified: priced.claimVerified,
    configuration: [],
    unpricedConfiguration: [],
    floorRaisedBy: [],
    assumptions: [],
  };
  for (const id of configuration) {
    if (priced.configurations.has(id)) line.configuration.push(id);
    else line.unpricedConfiguration.push(id);
  }
  if (priced.free) return line;
  const applied = line.configuration;
  // Plain loops and no closures: this runs for every line of every advise() call.
  for (let index = 0; index < priced.charges.length; index++) {
    const charge = priced.charges[index];
    if (!charge) continue;
    if (charge.scales && !charge.scales.includes(scale)) continue;
    if (charge.onlyWith && !applied.includes(charge.onlyWith)) continue;
    let minimum = charge.minimum;
    let multiply = 1;
    let raisedBy: string[] | undefined;
    for (const id of applied) {
      const effect = priced.configurations.get(id);
      const raisedTo = effect?.minimums.get(index);
      const times = effect?.multipliers.get(index);
      if (raisedTo !== undefined && raisedTo > minimum) {
        minimum = raisedTo;
        (raisedBy ??= []).push(id);
      }
      if (times !== undefined) {
        multiply *= times;
        (raisedBy ??= []).push(id);
      }
    }
    minimum *= multiply;
    const metricUsage = charge.metric ? (usage.get(charge.metric) ?? noUsage) : noUsage;
    const unitsLow = metricUsage.low * charge.factor * multiply;
    const unitsHigh = metricUsage.high * charge.factor * multiply;
    const rate = charge.unitPrice / charge.per;
    const low = billedCents(unitsLow, minimum, charge.freeUnits, rate);
    const high = billedCents(unitsHigh, minimum, charge.freeUnits, rate);
    const floor = billedCents(0, minimum, charge.freeUnits, rate);
    line.low += low;
    line.high += high;
    line.floor += floor;
    if (!charge.verified) line.verified = false;
    if (floor > 0) {
      if (charge.onlyWith) (raisedBy ??= []).push(charge.onlyWith);
      for (const id of raisedBy ?? []) {
        if (!line.floorRaisedBy.includes(id)) line.floorRaisedBy.push(id);
      }
    }
    line.assumptions.push({
      charge: charge.id,
      unit: charge.unit,
      metric: charge.metric ?? null,
      usage: { low: unitsLow, high: unitsHigh },
      minimum,
      freeUnits: charge.freeUnits,
      unitPrice: charge.unitPrice,
      per: charge.per,
      priceRegion: charge.priceRegion,
      verified: charge.verified,
      low: fromCents(low),
      high: fromCents(high),
      floor: fromCents(floor),
    });
  }
  return line;
}

/**
 * A line's cents depend only on its priced service, the usage table (scale, traffic, profiles)
 * and its configuration, so each combination is worked out once and then shared by every call
 * (the estimate runs inside every advise(); its results are never mutated).
 */
const lineCache = new WeakMap<
  PricedService,
  WeakMap<ReadonlyMap<string, MetricUsage>, Map<string, LineCents>>
>();

function cachedService(
  priced: PricedService,
  configuration: readonly string[],
  scale: Scale,
  usage: ReadonlyMap<string, MetricUsage>,
): LineCents {
  let byUsage = lineCache.get(priced);
  if (!byUsage) lineCache.set(priced, (byUsage = new WeakMap()));
  let byConfiguration = byUsage.get(usage);
  if (!byConfiguration) byUsage.set(usage, (byConfiguration = new Map<string, LineCents>()));
  const key = configuration.length === 0 ? scale : `${scale}|${configuration.join(',')}`;
  let cents = byConfiguration.get(key);
  if (!cents)
    byConfiguration.set(key, (cents = estimateService(priced, configuration, scale, usage)));
  return cents;
}

function noCents(verified: boolean): LineCents {
  return {
    low: 0,
    high: 0,
    floor: 0,
    verified,
    configuration: [],
    unpricedConfiguration: [],
    floorRaisedBy: [],
    assumptions: [],
  };
}

function lineOf(
  line: CostInputLine,
  billing: LineBilling,
  billedAs: string | undefined,
  carrier: CostInputLine | undefined,
  cents: LineCents,
): CostLine {
  return {
    slot: line.slot,
    service: line.service,
    billing,
    billedAs,
    includedIn: carrier ? { slot: carrier.slot, service: carrier.service } : undefined,
    low: fromCents(cents.low),
    high: fromCents(cents.high),
    floor: fromCents(cents.floor),
    verified: cents.verified,
    configuration: cents.configuration,
    unpricedConfiguration: cents.unpricedConfiguration,
    floorRaisedBy: cents.floorRaisedBy,
    assumptions: cents.assumptions,
  };
}

/**
 * The monthly bill of a stack in a Region, as a range from the usage profile of the scale and
 * traffic answers, with the fixed floor it bills at zero traffic and, given credits, how long they
 * last. Pure and deterministic: prices and profiles come from content, nothing from the clock.
 *
 * What callers may rely on: amounts are USD to the cent (compare them in cents, `Math.round(x *
 * 100)`); every range has low ≤ high and floor ≤ low; `monthly` and `floor` are the exact sums of
 * the lines'; each service is billed once, on its first line, and a later line for the same bill
 * (the service in another slot, or ECS beside Fargate) is `included` at zero with the
 * configurations of both applied to the first; always-free tiers are deducted, 12-month offers
 * are not; a Region a charge does not name is priced at us-east-1 and marked unverified.
 */
export function estimateCost(input: CostInput, pricing: PricingContent): CostEstimate {
  const traffic = input.traffic ?? defaultTrafficShape;
  const prices = pricesIn(pricing.pricing, input.region);
  const usage = usageFor(pricing.usageProfiles, input.scale, traffic);

  // The first line of each bill gathers the configuration of every line that shares it.
  const firstLineOf = new Map<string, number>();
  const configurationOf = new Map<number, string[]>();
  input.lines.forEach((line, index) => {
    const key = prices.get(line.service)?.billedAs ?? line.service;
    let first = firstLineOf.get(key);
    if (first === undefined) {
      first = index;
      firstLineOf.set(key, index);
      configurationOf.set(index, []);
    }
    // An id named twice is one configuration: its effect applies once.
    const gathered = configurationOf.get(first) ?? [];
    for (const id of line.configuration ?? []) if (!gathered.includes(id)) gathered.push(id);
  });

  const dates: string[] = [];
  const unpriced: string[] = [];
  let lowCents = 0;
  let highCents = 0;
  let floorCents = 0;
  const lines = input.lines.map((line, index): CostLine => {
    const priced = prices.get(line.service);
    const key = priced?.billedAs ?? line.service;
    const first = firstLineOf.get(key) ?? index;
    const configuration = configurationOf.get(index) ?? [];
    // Every line is built with the same keys in the same order: object spreads that override
    // keys cost microseconds each in V8, and the estimate runs inside every advise() call.
    if (first !== index) {
      const carrier = input.lines[first];
      return lineOf(line, 'included', undefined, carrier, noCents(true));
    }
    if (!priced) {
      if (!unpriced.includes(line.service)) unpriced.push(line.service);
      const cents = noCents(false);
      cents.unpricedConfiguration = configuration;
      return lineOf(line, 'unpriced', undefined, undefined, cents);
    }
    for (const date of priced.reviewed) if (!dates.includes(date)) dates.push(date);
    const cents = cachedService(priced, configuration, input.scale, usage);
    lowCents += cents.low;
    highCents += cents.high;
    floorCents += cents.floor;
    return lineOf(
      line,
      priced.free ? 'free' : 'metered',
      priced.billedAs === line.service ? undefined : priced.billedAs,
      undefined,
      cents,
    );
  });

  const estimate: CostEstimate = {
    currency: 'USD',
    region: input.region,
    scale: input.scale,
    traffic,
    monthly: { low: fromCents(lowCents), high: fromCents(highCents) },
    floor: fromCents(floorCents),
    lines,
    priceDates: dates.sort(),
    unpriced,
  };
  const credits = input.creditsUsd;
  if (credits !== undefined && Number.isFinite(credits) && credits > 0) {
    const creditsCents = toCents(credits);
    estimate.runwayMonths = {
      low: monthsOf(creditsCents, highCents),
      high: monthsOf(creditsCents, lowCents),
    };
    const floorMonths = monthsOf(creditsCents, floorCents);
    if (floorMonths !== null && floorMonths < floorRunwayAlertMonths) {
      estimate.floorBurnsCredits = {
        months: floorMonths,
        lines: lines
          .filter((line) => line.floor > 0)
          .sort((a, b) => b.floor - a.floor)
          .map(({ slot, service, floor, floorRaisedBy }) => ({
            slot,
            service,
            floor,
            floorRaisedBy,
          })),
      };
    }
  }
  return estimate;
}
