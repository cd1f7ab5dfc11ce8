import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateCost,
  type CostEstimate,
  type CostInput,
  type PricingContent,
} from '../../src/domain/cost/estimate-cost';
import {
  requiredPriceRegions,
  scales,
  trafficShapes,
  type Scale,
} from '../../src/domain/cost/cost-vocabulary';
import { content } from '../fixtures/content';

const runs = { numRuns: 500 };
const cents = (usd: number) => Math.round(usd * 100);
const pricingOf = new Map(content.pricing.map((entry) => [entry.service, entry]));

const serviceIds = [...pricingOf.keys(), 'app-runner', 'not-a-service'];
const configurationIdsOf = (service: string) => [
  ...(pricingOf.get(service)?.configurations.map((configuration) => configuration.id) ?? []),
  'multi-az',
  'not-a-configuration',
];

const lineArb = fc.constantFrom(...serviceIds).chain((service) =>
  fc.record({
    slot: fc.constantFrom('frontend-hosting', 'backend-compute', 'primary-database', 'cache', 'x'),
    service: fc.constant(service),
    configuration: fc.subarray(configurationIdsOf(service)),
  }),
);

const inputArb: fc.Arbitrary<CostInput> = fc.record(
  {
    region: fc.constantFrom(...requiredPriceRegions, 'sa-east-1'),
    scale: fc.constantFrom(...scales),
    traffic: fc.constantFrom(...trafficShapes),
    lines: fc.array(lineArb, { maxLength: 14 }),
    creditsUsd: fc.double({ min: 0, max: 500_000, noNaN: true }),
  },
  { requiredKeys: ['region', 'scale', 'lines'] },
);

/** Every amount of an estimate, for the checks that hold at each level. */
function amounts(estimate: CostEstimate) {
  return [
    { where: 'total', ...estimate.monthly, floor: estimate.floor },
    ...estimate.lines.flatMap((line) => [
      { where: `${line.slot}/${line.service}`, low: line.low, high: line.high, floor: line.floor },
      ...line.assumptions.map((charge) => ({
        where: `${line.service}.${charge.charge}`,
        low: charge.low,
        high: charge.high,
        floor: charge.floor,
      })),
    ]),
  ];
}

/**
 * The fixed charges of a stack, read straight from the price files: each service's bill once
 * (on its first line, with every line's configuration), and per charge that applies at this scale
 * its minimum (raised and multiplied by the configuration) less the always-free units, priced.
 */
function fixedCharges(input: CostInput): number {
  const byBill = new Map<string, Set<string>>();
  for (const line of input.lines) {
    const entry = pricingOf.get(line.service);
    if (!entry) continue;
    const key = entry.billedAs ?? entry.service;
    const configuration = byBill.get(key) ?? new Set<string>();
    for (const id of line.configuration ?? []) configuration.add(id);
    byBill.set(key, configuration);
  }
  let total = 0;
  for (const [key, configuration] of byBill) {
    const entry = pricingOf.get(key);
    if (!entry || entry.free) continue;
    for (const charge of entry.charges) {
      if (charge.scales && !charge.scales.includes(input.scale)) continue;
      if (charge.onlyWith && !configuration.has(charge.onlyWith)) continue;
      let minimum = charge.minimum;
      let multiply = 1;
      for (const known of entry.configurations) {
        if (!configuration.has(known.id)) continue;
        for (const effect of known.effects) {
          if (effect.charge !== charge.id) continue;
          if (effect.minimum !== undefined) minimum = Math.max(minimum, effect.minimum);
          if (effect.multiply !== undefined) multiply *= effect.multiply;
        }
      }
      const price = charge.prices[input.region] ??
        charge.prices['us-east-1'] ?? { usd: 0, verified: false };
      const units = Math.max(0, minimum * multiply - (charge.freeTier?.always ?? 0));
      total += Math.round(((units * price.usd) / charge.per) * 100 + 1e-7);
    }
  }
  return total;
}

/** The same prices and profiles with every usage metric at zero: a stack nobody uses. */
const zeroTraffic: PricingContent = {
  pricing: content.pricing,
  usageProfiles: {
    ...content.usageProfiles,
    metrics: content.usageProfiles.metrics.map((metric) => ({
      ...metric,
      small: { low: 0, high: 0 },
      medium: { low: 0, high: 0 },
      large: { low: 0, high: 0 },
    })),
  },
};

/** The same content without any free tier, to see what the free tier takes off. */
const noFreeTier: PricingContent = {
  usageProfiles: content.usageProfiles,
  pricing: content.pricing.map((entry) => ({
    ...entry,
    charges: entry.charges.map((charge) => ({ ...charge, freeTier: undefined })),
  })),
};

describe('the cost estimate', () => {
  it('is the exact sum of its lines, and each metered line the sum of its charges', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const estimate = estimateCost(input, content);
        const sum = (values: number[]) => values.reduce((total, value) => total + cents(value), 0);
        expect(cents(estimate.monthly.low)).toBe(sum(estimate.lines.map((line) => line.low)));
        expect(cents(estimate.monthly.high)).toBe(sum(estimate.lines.map((line) => line.high)));
        expect(cents(estimate.floor)).toBe(sum(estimate.lines.map((line) => line.floor)));
        for (const line of estimate.lines) {
          expect(cents(line.low)).toBe(sum(line.assumptions.map((charge) => charge.low)));
          expect(cents(line.high)).toBe(sum(line.assumptions.map((charge) => charge.high)));
          expect(cents(line.floor)).toBe(sum(line.assumptions.map((charge) => charge.floor)));
        }
      }),
      runs,
    );
  });

  it('keeps floor ≤ low ≤ high, whole cents, at every level', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const amount of amounts(estimateCost(input, content))) {
          expect(amount.floor, amount.where).toBeLessThanOrEqual(amount.low);
          expect(amount.low, amount.where).toBeLessThanOrEqual(amount.high);
          for (const value of [amount.low, amount.high, amount.floor]) {
            expect(Math.abs(value * 100 - cents(value)), amount.where).toBeLessThan(1e-6);
          }
        }
      }),
      runs,
    );
  });

  it('never decreases when the scale grows, line by line and in total', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const at = (scale: Scale) => estimateCost({ ...input, scale }, content);
        const [small, medium, large] = scales.map(at);
        for (const [lower, higher] of [
          [small, medium],
          [medium, large],
        ] as const) {
          if (!lower || !higher) continue;
          expect(lower.monthly.low).toBeLessThanOrEqual(higher.monthly.low);
          expect(lower.monthly.high).toBeLessThanOrEqual(higher.monthly.high);
          expect(lower.floor).toBeLessThanOrEqual(higher.floor);
          lower.lines.forEach((line, index) => {
            expect(line.high, line.service).toBeLessThanOrEqual(higher.lines[index]?.high ?? 0);
          });
        }
      }),
      runs,
    );
  });

  it('bills its floor, and only its floor, at zero traffic: the sum of the fixed charges', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const estimate = estimateCost(input, content);
        const idle = estimateCost(input, zeroTraffic);
        expect(cents(idle.monthly.low)).toBe(cents(estimate.floor));
        expect(cents(idle.monthly.high)).toBe(cents(estimate.floor));
        expect(cents(estimate.floor)).toBe(fixedCharges(input));
      }),
      runs,
    );
  });

  it('lets the free tier lower a bill but never below zero', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const free = amounts(estimateCost(input, content));
        const paid = amounts(estimateCost(input, noFreeTier));
        free.forEach((amount, index) => {
          const without = paid[index];
          expect(amount.low, amount.where).toBeGreaterThanOrEqual(0);
          expect(amount.floor, amount.where).toBeGreaterThanOrEqual(0);
          expect(amount.low, amount.where).toBeLessThanOrEqual(without?.low ?? 0);
          expect(amount.high, amount.where).toBeLessThanOrEqual(without?.high ?? 0);
        });
      }),
      runs,
    );
  });

  it('is deterministic: the same answer twice, and from a fresh copy of the content', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = estimateCost(input, content);
        expect(estimateCost(input, content)).toEqual(first);
        const copy: PricingContent = structuredClone({
          pricing: content.pricing,
          usageProfiles: content.usageProfiles,
        });
        expect(estimateCost(input, copy)).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps one line per pick, in order, and says how long the credits last', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const estimate = estimateCost(input, content);
        expect(estimate.lines.map((line) => [line.slot, line.service])).toEqual(
          input.lines.map((line) => [line.slot, line.service]),
        );
        const credits = input.creditsUsd;
        if (credits === undefined || credits <= 0) {
          expect(estimate.runwayMonths).toBeUndefined();
          return;
        }
        const { low, high } = estimate.runwayMonths ?? { low: -1, high: -1 };
        expect(low ?? Infinity).toBeLessThanOrEqual(high ?? Infinity);
        const alarm = estimate.floorBurnsCredits;
        if (alarm) {
          expect(alarm.months).toBeLessThan(12);
          const floors = alarm.lines.map((line) => line.floor);
          expect(floors).toEqual([...floors].sort((a, b) => b - a));
        } else if (estimate.floor > 0) {
          expect(cents(credits) / cents(estimate.floor)).toBeGreaterThanOrEqual(12);
        }
      }),
      runs,
    );
  });
});
