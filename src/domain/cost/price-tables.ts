import type { Content } from '../content';
import type { ServicePricing, UsageProfiles } from '../pricing-schema';
import type { BillingUnit, Scale, TrafficShape } from './cost-vocabulary';
import { fallbackPriceRegion, scales, trafficShapes } from './cost-vocabulary';
import { memoize } from '../memoize';

/** What the estimate reads from content/: the price files and the usage profiles. */
export type PricingContent = Pick<Content, 'pricing' | 'usageProfiles'>;

/** One charge with its price for one Region resolved, ready to multiply. */
export interface PricedCharge {
  id: string;
  unit: BillingUnit;
  metric: string | undefined;
  factor: number;
  minimum: number;
  scales: readonly Scale[] | undefined;
  onlyWith: string | undefined;
  /** Always-free units a month (the 12-month offers are never applied). */
  freeUnits: number;
  /** USD for `per` units, as published. */
  unitPrice: number;
  per: number;
  verified: boolean;
  /** The requested Region, or us-east-1 when the charge does not name it. */
  priceRegion: string;
}

/** What one configuration does to the charges, by charge index. */
export interface PricedConfiguration {
  id: string;
  minimums: ReadonlyMap<number, number>;
  multipliers: ReadonlyMap<number, number>;
}

/** A service's bill in one Region: its own charges, or those of the service it is billed as. */
export interface PricedService {
  service: string;
  /** The service whose charges make the bill: itself, or its `billedAs` target. */
  billedAs: string;
  free: boolean;
  /** The free or billedAs claim was read on the source page (always true for metered services). */
  claimVerified: boolean;
  charges: readonly PricedCharge[];
  configurations: ReadonlyMap<string, PricedConfiguration>;
  /** Review dates of the files the bill comes from (the service's and its billedAs target's). */
  reviewed: readonly string[];
}

export interface MetricUsage {
  low: number;
  high: number;
}

function priceCharges(entry: ServicePricing, region: string): PricedCharge[] {
  return entry.charges.map((charge) => {
    const own = charge.prices[region];
    const price = own ?? charge.prices[fallbackPriceRegion] ?? { usd: 0, verified: false };
    return {
      id: charge.id,
      unit: charge.unit,
      metric: charge.metric,
      factor: charge.factor,
      minimum: charge.minimum,
      scales: charge.scales,
      onlyWith: charge.onlyWith,
      freeUnits: charge.freeTier?.always ?? 0,
      unitPrice: price.usd,
      per: charge.per,
      // A price borrowed from another Region is not a verified price for this one.
      verified: own !== undefined && price.verified,
      priceRegion: own ? region : fallbackPriceRegion,
    };
  });
}

function priceConfigurations(entry: ServicePricing): Map<string, PricedConfiguration> {
  const chargeIndex = new Map(entry.charges.map((charge, index) => [charge.id, index]));
  return new Map(
    entry.configurations.map((configuration) => {
      const minimums = new Map<number, number>();
      const multipliers = new Map<number, number>();
      for (const effect of configuration.effects) {
        const index = chargeIndex.get(effect.charge);
        if (index === undefined) continue;
        if (effect.minimum !== undefined) {
          minimums.set(index, Math.max(minimums.get(index) ?? 0, effect.minimum));
        }
        if (effect.multiply !== undefined) {
          multipliers.set(index, (multipliers.get(index) ?? 1) * effect.multiply);
        }
      }
      return [configuration.id, { id: configuration.id, minimums, multipliers }];
    }),
  );
}

function priceRegion(pricing: readonly ServicePricing[], region: string) {
  const entries = new Map(pricing.map((entry) => [entry.service, entry]));
  const services = new Map<string, PricedService>();
  for (const entry of pricing) {
    const target = entry.billedAs ? entries.get(entry.billedAs) : entry;
    if (!target) continue;
    services.set(entry.service, {
      service: entry.service,
      billedAs: target.service,
      free: entry.free,
      claimVerified: entry.verified ?? true,
      charges: priceCharges(target, region),
      configurations: priceConfigurations(target),
      reviewed: target === entry ? [entry.reviewed] : [entry.reviewed, target.reviewed],
    });
  }
  return services;
}

/**
 * Every service's bill in a Region, built once per price list and Region and then shared by every
 * estimate, so an estimate inside `advise()` only multiplies.
 */
const regionTablesOf = memoize(
  (pricing: readonly ServicePricing[]) =>
    memoize(
      (region: string): ReadonlyMap<string, PricedService> => priceRegion(pricing, region),
      new Map<string, ReadonlyMap<string, PricedService>>(),
    ),
  new WeakMap<readonly ServicePricing[], (region: string) => ReadonlyMap<string, PricedService>>(),
);

export function pricesIn(
  pricing: readonly ServicePricing[],
  region: string,
): ReadonlyMap<string, PricedService> {
  return regionTablesOf(pricing)(region);
}

function usageTables(profiles: UsageProfiles) {
  const tables = new Map<string, ReadonlyMap<string, MetricUsage>>();
  for (const scale of scales) {
    for (const traffic of trafficShapes) {
      const adjustment = profiles.traffic[traffic];
      tables.set(
        `${scale}/${traffic}`,
        new Map(
          profiles.metrics.map((metric) => {
            const { low, high } = metric[scale];
            return metric.followsTraffic
              ? [metric.id, { low: low * adjustment.low, high: high * adjustment.high }]
              : [metric.id, { low, high }];
          }),
        ),
      );
    }
  }
  return tables;
}

const usageTablesOf = memoize(
  usageTables,
  new WeakMap<UsageProfiles, Map<string, ReadonlyMap<string, MetricUsage>>>(),
);
const noUsage: ReadonlyMap<string, MetricUsage> = new Map();

/** The monthly usage of each metric for a scale and traffic answer, built once per profile set. */
export function usageFor(
  profiles: UsageProfiles,
  scale: Scale,
  traffic: TrafficShape,
): ReadonlyMap<string, MetricUsage> {
  return usageTablesOf(profiles).get(`${scale}/${traffic}`) ?? noUsage;
}
