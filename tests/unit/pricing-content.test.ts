import { describe, expect, it } from 'vitest';
import { issuesWith, realFiles, replaceIn } from '../fixtures/content-edits';
import { formatContentIssue } from '../../src/domain/content';
import { estimateCost } from '../../src/domain/cost/estimate-cost';
import { requiredPriceRegions, scales } from '../../src/domain/cost/cost-vocabulary';
import { parseContent } from '../../src/domain/parse-content';
import { isAwsPage } from '../../src/domain/pricing-schema';
import { isRecommendable } from '../../src/domain/service-lifecycle';
import { content } from '../fixtures/content';

const pricing = new Map(content.pricing.map((entry) => [entry.service, entry]));

const billed = content.services.filter(
  (service) =>
    isRecommendable(service) && service.pricing.models.some((model) => model !== 'no-charge'),
);

describe('the price list', () => {
  it.each(billed.map((service) => [service.id] as const))(
    '%s, which AWS bills, has pricing data from an AWS page with a review date',
    (id) => {
      const entry = pricing.get(id);
      expect(entry, `content/pricing/${id}.yaml`).toBeDefined();
      expect(isAwsPage(entry?.source ?? ''), entry?.source).toBe(true);
      expect(entry?.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  it('prices the services being added to the catalog on another branch', () => {
    for (const id of [
      's3-vectors',
      'bedrock-knowledge-bases',
      'bedrock-agentcore',
      'budgets',
      'cost-anomaly-detection',
      'nat-gateway',
    ]) {
      expect(pricing.has(id), id).toBe(true);
    }
  });

  it('names a price in every Region the residency answer leads to, for every charge', () => {
    for (const entry of content.pricing) {
      for (const charge of entry.charges) {
        for (const region of requiredPriceRegions) {
          expect(charge.prices[region], `${entry.service}.${charge.id} in ${region}`).toBeDefined();
        }
      }
    }
  });

  it('cites only AWS pages for the prices it marks verified', () => {
    for (const entry of content.pricing) {
      for (const charge of entry.charges) {
        for (const price of Object.values(charge.prices)) {
          if (price.verified) expect(isAwsPage(price.seen ?? entry.source)).toBe(true);
        }
      }
    }
  });

  it.each(content.pricing.map((entry) => [entry.service] as const))(
    '%s alone never costs less at a larger scale, in any priced Region',
    (service) => {
      const configuration = pricing.get(service)?.configurations.map((c) => c.id) ?? [];
      for (const region of requiredPriceRegions) {
        for (const withConfiguration of [[], configuration]) {
          const [small, medium, large] = scales.map(
            (scale) =>
              estimateCost(
                {
                  region,
                  scale,
                  lines: [{ slot: 's', service, configuration: withConfiguration }],
                },
                content,
              ).monthly,
          );
          for (const [lower, higher] of [
            [small, medium],
            [medium, large],
          ] as const) {
            expect(lower?.low).toBeLessThanOrEqual(higher?.low ?? 0);
            expect(lower?.high).toBeLessThanOrEqual(higher?.high ?? 0);
          }
        }
      }
    },
  );
});

describe('pricing files', () => {
  it('must price a service of the catalog', () => {
    const text = replaceIn('pricing/lambda.yaml', 'service: lambda', 'service: lamda');
    expect(issuesWith('pricing/lamda.yaml', text)).toContain(
      'pricing/lamda.yaml: service: unknown service "lamda" (no services/lamda.yaml)',
    );
  });

  it('must repeat their service id in the file name', () => {
    const file = realFiles.find((candidate) => candidate.path === 'pricing/lambda.yaml');
    expect(issuesWith('pricing/lambda-copy.yaml', file?.text ?? '')).toContain(
      'pricing/lambda-copy.yaml: service: must match the file name "lambda-copy"',
    );
  });

  it('name the file and the field of a missing Region price', () => {
    const text = replaceIn(
      'pricing/lambda.yaml',
      '      eu-central-1: { usd: 0.2, verified: false }\n',
      '',
    );
    expect(issuesWith('pricing/lambda.yaml', text)).toEqual([
      'pricing/lambda.yaml: charges[0].prices.eu-central-1: needs a price in eu-central-1 (the Regions the residency answer leads to)',
    ]);
  });

  it('refuse a source that is not an AWS page', () => {
    const text = replaceIn(
      'pricing/lambda.yaml',
      "source: 'https://aws.amazon.com/lambda/pricing/'",
      "source: 'https://aws.amazon.com.example.net/lambda/pricing/'",
    );
    expect(issuesWith('pricing/lambda.yaml', text)).toEqual([
      'pricing/lambda.yaml: source: expected a page on aws.amazon.com or docs.aws.amazon.com',
    ]);
  });

  it('refuse a charge that could never bill', () => {
    const text = replaceIn('pricing/waf.yaml', '    metric: requests\n', '');
    expect(issuesWith('pricing/waf.yaml', text)).toEqual([
      'pricing/waf.yaml: charges[2].minimum: a charge without a metric bills only its minimum, so it needs one above 0',
    ]);
  });

  it('ask for the assumption behind a factor in words', () => {
    const lambda = realFiles.find((file) => file.path === 'pricing/lambda.yaml')?.text ?? '';
    const withoutNote = lambda.replace(/\n {4}note:\n.*\n.*/, '');
    expect(withoutNote).not.toBe(lambda);
    expect(issuesWith('pricing/lambda.yaml', withoutNote)).toEqual([
      'pricing/lambda.yaml: charges[1].note: say in words what the factor or the minimum assumes',
    ]);
  });

  it('refuse a metric the usage profiles do not have', () => {
    const text = replaceIn('pricing/waf.yaml', 'metric: requests', 'metric: page-views');
    expect(issuesWith('pricing/waf.yaml', text)).toEqual([
      'pricing/waf.yaml: charges[2].metric: "page-views" is not a metric of usage-profiles.yaml',
    ]);
  });

  it('refuse a configuration effect on a charge the file does not have', () => {
    const text = replaceIn(
      'pricing/elasticache.yaml',
      '{ charge: node-large, multiply: 2 }',
      '{ charge: node-huge, multiply: 2 }',
    );
    expect(issuesWith('pricing/elasticache.yaml', text)).toEqual([
      'pricing/elasticache.yaml: configurations[0].effects[2].charge: "node-huge" is not a charge of this file',
    ]);
  });

  it('refuse billedAs a service that has no charges of its own', () => {
    const text = replaceIn('pricing/ecs.yaml', 'billedAs: fargate', 'billedAs: cdk');
    expect(issuesWith('pricing/ecs.yaml', text)).toEqual([
      'pricing/ecs.yaml: billedAs: "cdk" has no charges of its own',
    ]);
  });
});

describe('usage profiles', () => {
  it('refuse a range whose low end exceeds its high end', () => {
    const text = replaceIn(
      'usage-profiles.yaml',
      'small: { low: 300000, high: 3000000 }',
      'small: { low: 3000000, high: 300000 }',
    );
    expect(issuesWith('usage-profiles.yaml', text)).toEqual([
      'usage-profiles.yaml: metrics[0].small: low must not exceed high',
    ]);
  });

  it('refuse usage that shrinks as the scale grows', () => {
    const text = replaceIn(
      'usage-profiles.yaml',
      'medium: { low: 15000000, high: 150000000 }',
      'medium: { low: 1500000, high: 2000000 }',
    );
    expect(issuesWith('usage-profiles.yaml', text)).toEqual([
      'usage-profiles.yaml: metrics[0].medium.high: must not be below small.high (3000000): an estimate never shrinks as the scale grows',
    ]);
  });

  it('are required', () => {
    const files = realFiles.filter((file) => file.path !== 'usage-profiles.yaml');
    const result = parseContent(files);
    expect(result.ok ? [] : result.issues.map(formatContentIssue)).toEqual([
      'usage-profiles.yaml: file is missing',
    ]);
  });

  it('cover exactly the scale and traffic answers the questionnaire offers', () => {
    expect(Object.keys(content.usageProfiles.scales)).toEqual(
      content.questionnaire.sections
        .flatMap((section) => section.questions)
        .find((question) => question.id === 'scale')
        ?.options.map((option) => option.value),
    );
  });
});
