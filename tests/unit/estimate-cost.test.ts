import { describe, expect, it } from 'vitest';
import {
  estimateCost,
  type CostEstimate,
  type CostInput,
} from '../../src/domain/cost/estimate-cost';
import { content } from '../fixtures/content';

/** Amounts in cents, so a comparison never trips on binary fractions. */
const cents = (usd: number) => Math.round(usd * 100);
/** Rounds a hand calculation to the cent the way a bill does (half a cent up). */
const bill = (usd: number) => Math.round(usd * 100 + 1e-7) / 100;

function lineOf(estimate: CostEstimate, service: string) {
  const line = estimate.lines.find((candidate) => candidate.service === service);
  if (!line) throw new Error(`no line for ${service}`);
  return line;
}

describe('a seed stack at small scale in Tokyo, computed by hand from the unit prices', () => {
  // Usage (content/usage-profiles.yaml, small, steady traffic so no widening):
  // requests 300,000–3,000,000; monthly active users 300–3,000; database 1–10 GB;
  // data served 15–150 GB; logs 0.3–3 GB; build minutes 100–500.
  const input: CostInput = {
    region: 'ap-northeast-1',
    scale: 'small',
    traffic: 'steady',
    lines: [
      { slot: 'frontend-hosting', service: 'amplify-hosting' },
      { slot: 'backend-compute', service: 'lambda' },
      { slot: 'api-layer', service: 'api-gateway' },
      { slot: 'primary-database', service: 'dynamodb' },
      { slot: 'auth', service: 'cognito' },
      { slot: 'observability', service: 'cloudwatch' },
    ],
  };
  const estimate = estimateCost(input, content);

  it('bills Amplify Hosting for builds, data served and server-side rendering', () => {
    // Builds $0.01/min: 100 → $1.00, 500 → $5.00 (the 12-month free minutes are not applied).
    // Data served $0.15/GB: 15 → $2.25, 150 → $22.50.
    // SSR requests $0.30/M on a tenth of the requests: 30,000 → $0.009 → $0.01; 300,000 → $0.09.
    // SSR duration $0.20/GB-hour, 0.0000028 GB-h per request: 0.84 → $0.168 → $0.17; 8.4 → $1.68.
    const line = lineOf(estimate, 'amplify-hosting');
    expect(line.low).toBe(bill(1.0 + 2.25 + 0.01 + 0.17));
    expect(line.high).toBe(bill(5.0 + 22.5 + 0.09 + 1.68));
    expect(line.floor).toBe(0);
  });

  it('bills Lambda nothing until the always-free million requests and 400,000 GB-seconds run out', () => {
    // Requests $0.20/M: 300,000 − 1,000,000 free → $0; 3,000,000 − 1,000,000 → $0.40.
    // Duration 0.1 GB-s per request: 30,000 and 300,000 GB-s, both under 400,000 free → $0.
    const line = lineOf(estimate, 'lambda');
    expect([line.low, line.high, line.floor]).toEqual([0, 0.4, 0]);
  });

  it('bills HTTP API requests at the Tokyo rate, with no 12-month free tier', () => {
    // $1.29/M: 0.3 M → $0.387 → $0.39; 3 M → $3.87.
    const line = lineOf(estimate, 'api-gateway');
    expect([line.low, line.high]).toEqual([0.39, 3.87]);
  });

  it('bills DynamoDB reads and writes, with storage inside the free 25 GB', () => {
    // Writes $0.715/M on half the requests: 150,000 → $0.107 → $0.11; 1.5 M → $1.0725 → $1.07.
    // Reads $0.1425/M, two per request: 600,000 → $0.0855 → $0.09; 6 M → $0.855 → $0.86.
    const line = lineOf(estimate, 'dynamodb');
    expect([line.low, line.high, line.floor]).toEqual([bill(0.11 + 0.09), bill(1.07 + 0.86), 0]);
  });

  it('bills Cognito nothing under 10,000 monthly active users', () => {
    expect(lineOf(estimate, 'cognito')).toMatchObject({ low: 0, high: 0, floor: 0 });
  });

  it('bills CloudWatch a floor of custom metrics and alarms beyond the free ones', () => {
    // Ingestion $0.76/GB: 0.3 and 3 GB are inside the free 5 GB → $0.
    // Storage $0.033/GB-month on half the logs: 0.15 GB → $0.005 → $0.00; 1.5 GB → $0.0495 → $0.05.
    // 20 custom metrics − 10 free = 10 × $0.30 = $3.00; 15 alarms − 10 free = 5 × $0.10 = $0.50.
    const line = lineOf(estimate, 'cloudwatch');
    expect([line.low, line.high, line.floor]).toEqual([3.5, 3.55, 3.5]);
  });

  it('adds the lines up to $7.52–$39.02 a month with a floor of $3.50', () => {
    expect(estimate.monthly).toEqual({ low: 7.52, high: 39.02 });
    expect(estimate.floor).toBe(3.5);
    expect(estimate.region).toBe('ap-northeast-1');
    expect(estimate.currency).toBe('USD');
  });

  it('says Founders credits of $1,000 last about 2 to 11 years, with no floor alarm', () => {
    const withCredits = estimateCost({ ...input, creditsUsd: 1000 }, content);
    // 1,000 / 39.02 = 25.6 months; 1,000 / 7.52 = 132.9 months (rounded down to a tenth).
    expect(withCredits.runwayMonths).toEqual({ low: 25.6, high: 132.9 });
    expect(withCredits.floorBurnsCredits).toBeUndefined();
  });
});

describe('a growth stack at large scale in N. Virginia, computed by hand from the unit prices', () => {
  // Usage (large, steady): requests 300 M–1.5 B; busy container vCPUs 8–32; Aurora ACUs 8–32;
  // database 200–2,000 GB; data served 15,000–75,000 GB; logs 300–1,500 GB.
  const input: CostInput = {
    region: 'us-east-1',
    scale: 'large',
    traffic: 'steady',
    lines: [
      { slot: 'backend-compute', service: 'fargate', configuration: ['two-tasks-two-az'] },
      { slot: 'api-layer', service: 'elastic-load-balancing' },
      {
        slot: 'primary-database',
        service: 'aurora-serverless-v2',
        configuration: ['min-capacity', 'reader-second-az'],
      },
      { slot: 'cache', service: 'elasticache', configuration: ['replica-second-az'] },
      { slot: 'observability', service: 'cloudwatch' },
      { slot: 'security-baseline', service: 'waf' },
      { slot: 'security-baseline', service: 'guardduty' },
    ],
  };
  const estimate = estimateCost(input, content);

  it('bills Fargate vCPU and memory for the load, never below two 0.5 vCPU tasks', () => {
    // vCPU $0.04048/h: 8 × 730 = 5,840 h → $236.40; 32 × 730 = 23,360 h → $945.61.
    // Memory $0.004445/GB-h at 2 GB per vCPU: 11,680 → $51.92; 46,720 → $207.67.
    // Floor with two tasks: 730 vCPU-h → $29.55, 1,460 GB-h → $6.49.
    const line = lineOf(estimate, 'fargate');
    expect(line.low).toBe(bill(236.4 + 51.92));
    expect(line.high).toBe(bill(945.61 + 207.67));
    expect(line.floor).toBe(bill(29.55 + 6.49));
    expect(line.floorRaisedBy).toEqual(['two-tasks-two-az']);
  });

  it('bills the load balancer hours, capacity units and two public IPv4 addresses', () => {
    // Hours 730 × $0.0225 = $16.425 → $16.43; LCUs on half the data: 7,500 × $0.008 = $60,
    // 37,500 × $0.008 = $300; IPv4 1,460 h × $0.005 = $7.30.
    const line = lineOf(estimate, 'elastic-load-balancing');
    expect(line.low).toBe(bill(16.43 + 60 + 7.3));
    expect(line.high).toBe(bill(16.43 + 300 + 7.3));
    expect(line.floor).toBe(bill(16.43 + 7.3));
  });

  it('doubles Aurora capacity for the reader and keeps 0.5 ACU each instead of pausing', () => {
    // ACU $0.12/h, doubled by the reader: 11,680 → $1,401.60; 46,720 → $5,606.40.
    // Floor: (0.5 ACU × 730 h) × 2 instances = 730 ACU-h → $87.60.
    // Storage $0.10/GB: $20–$200. I/O $0.20/M, two per request: 600 M → $120; 3,000 M → $600.
    const line = lineOf(estimate, 'aurora-serverless-v2');
    expect(line.low).toBe(bill(1401.6 + 20 + 120));
    expect(line.high).toBe(bill(5606.4 + 200 + 600));
    expect(line.floor).toBe(87.6);
    expect(line.floorRaisedBy).toEqual(['min-capacity', 'reader-second-az']);
  });

  it('bills two cache.r7g.large Valkey nodes all month, whatever the traffic', () => {
    // 2 × 730 h × $0.1752 = $255.792 → $255.79.
    expect(lineOf(estimate, 'elasticache')).toMatchObject({
      low: 255.79,
      high: 255.79,
      floor: 255.79,
    });
  });

  it('bills CloudWatch logs above the free 5 GB', () => {
    // Ingestion $0.50/GB: 295 → $147.50; 1,495 → $747.50. Storage $0.03 on half: $4.50; $22.50.
    // Metrics $3.00 and alarms $0.50 as in the seed stack.
    const line = lineOf(estimate, 'cloudwatch');
    expect([line.low, line.high]).toEqual([bill(147.5 + 4.5 + 3.5), bill(747.5 + 22.5 + 3.5)]);
  });

  it('bills WAF for its web ACL, five rules and every request inspected', () => {
    // $5 + 5 × $1 + $0.60/M: 300 M → $180; 1,500 M → $900.
    const line = lineOf(estimate, 'waf');
    expect([line.low, line.high, line.floor]).toEqual([190, 910, 10]);
  });

  it('bills GuardDuty for management events, flow logs and S3 data events', () => {
    // 200,000 events × $4/M = $0.80; logs 0.2% of 15,000–75,000 GB = 30–150 GB × $1 = $30–$150;
    // S3 events a tenth of the requests: 30 M–150 M × $0.80/M = $24–$120.
    const line = lineOf(estimate, 'guardduty');
    expect([line.low, line.high, line.floor]).toEqual([
      bill(0.8 + 30 + 24),
      bill(0.8 + 150 + 120),
      0.8,
    ]);
  });

  it('adds the lines up to $2,569.74–$10,093.50 a month with a floor of $417.46', () => {
    expect(estimate.monthly).toEqual({ low: 2569.74, high: 10093.5 });
    expect(estimate.floor).toBe(417.46);
  });

  it('warns that $5,000 of credits would go on the floor alone within a year, largest first', () => {
    const withCredits = estimateCost({ ...input, creditsUsd: 5000 }, content);
    // 5,000 / 10,093.50 = 0.49 → 0.4; 5,000 / 2,569.74 = 1.94 → 1.9; 5,000 / 417.46 = 11.97 → 11.9.
    expect(withCredits.runwayMonths).toEqual({ low: 0.4, high: 1.9 });
    expect(withCredits.floorBurnsCredits?.months).toBe(11.9);
    expect(withCredits.floorBurnsCredits?.lines.map((line) => line.service)).toEqual([
      'elasticache',
      'aurora-serverless-v2',
      'fargate',
      'elastic-load-balancing',
      'waf',
      'cloudwatch',
      'guardduty',
    ]);
    expect(withCredits.floorBurnsCredits?.lines[0]?.floorRaisedBy).toEqual(['replica-second-az']);
  });
});

describe('estimateCost', () => {
  const base: CostInput = { region: 'us-east-1', scale: 'medium', traffic: 'steady', lines: [] };

  it('bills a service that fills two slots once, on its first line', () => {
    const estimate = estimateCost(
      {
        ...base,
        lines: [
          { slot: 'primary-database', service: 'dynamodb' },
          {
            slot: 'key-value-store',
            service: 'dynamodb',
            configuration: ['point-in-time-recovery'],
          },
        ],
      },
      content,
    );
    const [first, second] = estimate.lines;
    expect(second).toMatchObject({
      billing: 'included',
      includedIn: { slot: 'primary-database', service: 'dynamodb' },
      low: 0,
      high: 0,
      floor: 0,
    });
    // The second line's configuration is priced on the first.
    expect(first?.configuration).toEqual(['point-in-time-recovery']);
    expect(first?.assumptions.map((charge) => charge.charge)).toContain('point-in-time-recovery');
  });

  it('bills ECS as the Fargate it runs on, and only once beside Fargate', () => {
    const alone = estimateCost(
      { ...base, lines: [{ slot: 'backend-compute', service: 'ecs' }] },
      content,
    );
    const fargate = estimateCost(
      { ...base, lines: [{ slot: 'backend-compute', service: 'fargate' }] },
      content,
    );
    expect(alone.lines[0]).toMatchObject({ billing: 'metered', billedAs: 'fargate' });
    expect(alone.monthly).toEqual(fargate.monthly);
    const both = estimateCost(
      {
        ...base,
        lines: [
          { slot: 'backend-compute', service: 'ecs' },
          { slot: 'workers', service: 'fargate' },
        ],
      },
      content,
    );
    expect(both.lines[1]?.billing).toBe('included');
    expect(both.monthly).toEqual(fargate.monthly);
  });

  it('prices a free service at zero and names what it is', () => {
    const estimate = estimateCost(
      { ...base, lines: [{ slot: 'auth', service: 'iam-identity-center' }] },
      content,
    );
    expect(estimate.lines[0]).toMatchObject({ billing: 'free', low: 0, high: 0, floor: 0 });
  });

  it('lists a service without price data instead of guessing', () => {
    const estimate = estimateCost(
      {
        ...base,
        lines: [{ slot: 'x', service: 'app-runner', configuration: ['min-capacity'] }],
      },
      content,
    );
    expect(estimate.unpriced).toEqual(['app-runner']);
    expect(estimate.lines[0]).toMatchObject({
      billing: 'unpriced',
      verified: false,
      unpricedConfiguration: ['min-capacity'],
    });
  });

  it('prices a Region without its own figures at us-east-1 and marks them unverified', () => {
    const estimate = estimateCost(
      { ...base, region: 'sa-east-1', lines: [{ slot: 'backend-compute', service: 'lambda' }] },
      content,
    );
    const virginia = estimateCost(
      { ...base, lines: [{ slot: 'backend-compute', service: 'lambda' }] },
      content,
    );
    expect(estimate.region).toBe('sa-east-1');
    expect(estimate.monthly).toEqual(virginia.monthly);
    expect(estimate.lines[0]?.verified).toBe(false);
    expect(estimate.lines[0]?.assumptions.every((c) => c.priceRegion === 'us-east-1')).toBe(true);
  });

  it('assumes traffic can surprise when the traffic answer is missing', () => {
    const lines = [{ slot: 'backend-compute', service: 'lambda' }];
    const missing = estimateCost({ ...base, traffic: undefined, lines }, content);
    const unknown = estimateCost({ ...base, traffic: 'unknown', lines }, content);
    expect(missing.traffic).toBe('unknown');
    expect(missing.monthly).toEqual(unknown.monthly);
  });

  it('keeps configuration it does not know apart, changing nothing', () => {
    const plain = estimateCost(
      { ...base, lines: [{ slot: 'primary-database', service: 'dynamodb' }] },
      content,
    );
    const odd = estimateCost(
      {
        ...base,
        lines: [{ slot: 'primary-database', service: 'dynamodb', configuration: ['multi-az'] }],
      },
      content,
    );
    expect(odd.monthly).toEqual(plain.monthly);
    expect(odd.lines[0]?.unpricedConfiguration).toEqual(['multi-az']);
  });

  it('applies a configuration named twice once', () => {
    const lines = (configuration: string[]) => [
      { slot: 'primary-database', service: 'rds', configuration },
    ];
    const once = estimateCost({ ...base, lines: lines(['multi-az']) }, content);
    const twice = estimateCost({ ...base, lines: lines(['multi-az', 'multi-az']) }, content);
    expect(twice.monthly).toEqual(once.monthly);
    expect(twice.lines[0]?.configuration).toEqual(['multi-az']);
  });

  it('prices a pick with point-in-time recovery above the same pick without it', () => {
    const lines = (configuration: string[]) => [
      { slot: 'primary-database', service: 'dynamodb', configuration },
    ];
    const without = estimateCost({ ...base, lines: lines([]) }, content);
    const withPitr = estimateCost({ ...base, lines: lines(['point-in-time-recovery']) }, content);
    // Medium: 20–200 GB × $0.20.
    expect(cents(withPitr.monthly.low - without.monthly.low)).toBe(400);
    expect(cents(withPitr.monthly.high - without.monthly.high)).toBe(4000);
  });

  it('gives no runway without credits, and none for credits that are not a positive amount', () => {
    const lines = [{ slot: 'backend-compute', service: 'fargate' }];
    expect(estimateCost({ ...base, lines }, content).runwayMonths).toBeUndefined();
    expect(estimateCost({ ...base, lines, creditsUsd: 0 }, content).runwayMonths).toBeUndefined();
    expect(
      estimateCost({ ...base, lines, creditsUsd: Number.NaN }, content).runwayMonths,
    ).toBeUndefined();
  });

  it('says the credits are not used up when the stack spends nothing', () => {
    const estimate = estimateCost(
      { ...base, lines: [{ slot: 'auth', service: 'cognito' }], scale: 'small', creditsUsd: 1000 },
      content,
    );
    expect(estimate.runwayMonths).toEqual({ low: null, high: null });
  });

  it('dates the prices it used, oldest first, without repeats', () => {
    const estimate = estimateCost(
      {
        ...base,
        lines: [
          { slot: 'a', service: 'lambda' },
          { slot: 'b', service: 'ecs' },
        ],
      },
      content,
    );
    expect(estimate.priceDates).toEqual([...new Set(estimate.priceDates)].sort());
    expect(estimate.priceDates.length).toBeGreaterThan(0);
  });
});
