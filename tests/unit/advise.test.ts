import { textOf } from '../text-of';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/domain/advise';
import type { Answers } from '../../src/domain/answers';
import { content } from '../fixtures/content';

const seedSaas: Answers = {
  stage: 'seed',
  team: 'solo',
  ops: 'none',
  budget: 'credits',
  deadline: 'weeks',
  clients: ['web'],
  backend: 'functions',
  data: ['relational'],
  features: ['auth', 'files'],
  offload: ['db-ops', 'auth-ops', 'patching'],
  deliberating: ['database'],
  availability: 'business-hours',
  'data-loss': 'hours',
  'external-calls': 'yes',
};

const pick = (answers: Answers, slot: string) =>
  advise(answers, content).stack.find((entry) => entry.slot === slot)?.service;

describe('advise: the stack', () => {
  it('gives a seed-stage SaaS on relational data Aurora Serverless v2, Lambda and Cognito', () => {
    expect(pick(seedSaas, 'primary-database')).toBe('aurora-serverless-v2');
    expect(pick(seedSaas, 'backend-compute')).toBe('lambda');
    expect(pick(seedSaas, 'auth')).toBe('cognito');
  });

  it('explains a pick with the rule that fired and the answers it matched', () => {
    const entry = advise(seedSaas, content).stack.find((e) => e.slot === 'primary-database');
    expect(entry?.reasons).toContainEqual(
      expect.objectContaining({
        rule: 'database-relational-data',
        score: 1,
        matched: [{ question: 'data', value: 'relational' }],
      }),
    );
  });

  it('moves key-value data without relations to DynamoDB', () => {
    expect(pick({ ...seedSaas, data: ['key-value'] }, 'primary-database')).toBe('dynamodb');
  });

  it('adds a slot per requested feature and per extra data model, and only then', () => {
    const slots = (answers: Answers) => advise(answers, content).stack.map((entry) => entry.slot);
    expect(slots(seedSaas)).not.toContain('video-calls');
    expect(slots({ ...seedSaas, features: ['video-calls'] })).toContain('video-calls');
    expect(pick({ ...seedSaas, features: ['video-calls'] }, 'video-calls')).toBe('chime-sdk');
    expect(slots({ ...seedSaas, data: ['relational', 'graph'] })).toContain('graph-store');
  });

  it('offers ECS Express Mode to a container team without ops, and warns that App Runner is closed', () => {
    const answers = { ...seedSaas, backend: 'containers', budget: 'lean' };
    const advice = advise(answers, content);
    expect(pick(answers, 'backend-compute')).toBe('ecs');
    expect(advice.warnings).toContainEqual(
      expect.objectContaining({
        kind: 'service-unavailable',
        service: 'app-runner',
        successor: 'ecs',
      }),
    );
  });

  it('keeps a ledger in the relational engine the team already has, and says QLDB has ended', () => {
    const answers = { ...seedSaas, data: ['relational', 'ledger'] };
    const advice = advise(answers, content);
    expect(pick(answers, 'primary-database')).toBe('aurora-serverless-v2');
    expect(advice.stack.map((entry) => entry.slot)).not.toContain('ledger-store');
    expect(advice.warnings).toContainEqual(
      expect.objectContaining({
        kind: 'service-unavailable',
        service: 'qldb',
        status: 'end-of-support',
      }),
    );
  });

  it('rules Kubernetes out for a team without a platform team, with the reason', () => {
    const entry = advise({ ...seedSaas, backend: 'containers' }, content).stack.find(
      (e) => e.slot === 'backend-compute',
    );
    expect(entry?.alternatives.map((a) => a.service)).not.toContain('eks');
    const eks = entry?.excluded.find((excluded) => excluded.service === 'eks');
    expect(eks?.reasons).toContainEqual(
      expect.objectContaining({
        rule: 'compute-no-kubernetes-without-a-platform-team',
        score: null,
      }),
    );
    expect(eks?.whyNot.kind).toBe('ruled-out');
    expect(textOf(eks?.whyNot.text, 'en')).toContain('platform team');
  });

  it('falls back to the starting scores when nothing is answered', () => {
    expect(pick({}, 'primary-database')).toBe('aurora-serverless-v2');
    expect(pick({ data: ['time-series'] }, 'time-series-store')).toBe('timestream-influxdb');
  });

  it('reports a level score at the top as a tie and names what would decide it', () => {
    const entry = advise({ ...seedSaas, clients: ['web', 'mobile'] }, content).stack.find(
      (e) => e.slot === 'api-layer',
    );
    expect(entry?.tie?.services).toEqual(['api-gateway', 'appsync']);
    expect(entry?.tie?.decideBy.map((d) => d.service)).toEqual(['api-gateway', 'appsync']);
    expect(entry?.alternatives[0]?.whyNot).toMatchObject({ kind: 'tie', versus: 'api-gateway' });
    expect(pick(seedSaas, 'api-layer')).toBe('api-gateway');
    expect(advise(seedSaas, content).stack.find((e) => e.slot === 'api-layer')?.tie).toBeNull();
  });

  it('treats an explicit backend style as a requirement, not a hint', () => {
    const growthMarketplace = content.presets.find((p) => p.id === 'growth-marketplace');
    expect(pick(growthMarketplace?.answers ?? {}, 'backend-compute')).toBe('fargate');
    expect(pick({ ...seedSaas, backend: 'managed' }, 'backend-compute')).toBe('amplify-gen2');
    const lambda = advise({ ...seedSaas, backend: 'containers' }, content)
      .stack.find((e) => e.slot === 'backend-compute')
      ?.excluded.find((e) => e.service === 'lambda');
    expect(lambda?.reasons.map((r) => r.rule)).toEqual([
      'compute-containers-run-on-container-services',
    ]);
  });

  it('gives documents only to a store that keeps documents natively', () => {
    const genai = content.presets.find((p) => p.id === 'genai-product');
    const entry = advise(genai?.answers ?? {}, content).stack.find(
      (e) => e.slot === 'primary-database',
    );
    expect(entry?.service).toBe('dynamodb');
    expect(entry?.excluded.map((e) => e.service)).toContain('aurora-serverless-v2');
    expect(
      pick(
        { ...seedSaas, data: ['document'], 'lock-in': 'portable', budget: 'funded' },
        'primary-database',
      ),
    ).toBe('documentdb');
  });

  it('gives a static site with no data only hosting, monitoring, a baseline and guardrails', () => {
    const slots = advise(
      { ...seedSaas, backend: 'none', data: ['none'], features: [], offload: [] },
      content,
    ).stack.map((entry) => entry.slot);
    expect(slots).toEqual([
      'frontend-hosting',
      'observability',
      'security-baseline',
      'cost-guardrails',
      'ci-cd',
    ]);
  });

  it('recommends no front-end hosting to an API-only product, and a full baseline for SOC 2', () => {
    const advice = advise(
      { ...seedSaas, clients: ['api'], audits: ['soc2'], 'external-calls': 'no' },
      content,
    );
    expect(advice.stack.map((entry) => entry.slot)).not.toContain('frontend-hosting');
    expect(advice.stack.find((e) => e.slot === 'security-baseline')?.services).toEqual(
      expect.arrayContaining(['cloudtrail', 'guardduty', 'config', 'security-hub', 'waf']),
    );
  });

  it('puts no API Gateway in front of containers, and deploys what was picked', () => {
    const answers = { ...seedSaas, backend: 'framework', budget: 'lean', scale: 'medium' };
    expect(pick(answers, 'api-layer')).toBe('elastic-load-balancing');
    expect(advise(answers, content).stack.find((e) => e.slot === 'ci-cd')?.services).toContain(
      'codepipeline',
    );
  });

  it('advises minimum capacity and a reader in a second zone, not auto-pause, to an always-on team', () => {
    const entry = advise({ ...seedSaas, availability: 'always-on' }, content).stack.find(
      (e) => e.slot === 'primary-database',
    );
    expect(entry?.configuration.map((c) => c.id)).toEqual(['min-capacity', 'reader-second-az']);
    const relaxed = advise(seedSaas, content).stack.find((e) => e.slot === 'primary-database');
    expect(relaxed?.configuration.map((c) => c.id)).toEqual(['auto-pause']);
  });

  it('keeps a cache as a cache when no data may be lost, and MemoryDB only for the only copy', () => {
    const withDb = { ...seedSaas, data: ['relational', 'in-memory'], 'data-loss': 'none' };
    expect(pick(withDb, 'cache')).toBe('elasticache');
    expect(pick({ ...seedSaas, data: ['in-memory'] }, 'cache')).toBe('memorydb');
  });

  it('speaks of residency only when the team has a requirement', () => {
    const region = (residency: string) =>
      textOf(
        advise({ ...seedSaas, residency }, content).decisions.find((d) => d.id === 'region')
          ?.advice,
        'en',
      ) ?? '';
    expect(region('none')).not.toMatch(/Japan/);
    expect(region('japan')).toMatch(/Osaka/);
  });

  it('warns of a fixed monthly floor on credits from prices, not tags', () => {
    const floors = (answers: Answers) =>
      advise(answers, content)
        .warnings.filter((warning) => warning.kind === 'fixed-cost-on-credits')
        .map((warning) => warning.service);
    const express = { ...seedSaas, backend: 'containers', scale: 'medium' };
    expect(pick(express, 'backend-compute')).toBe('ecs');
    expect(floors(express)).toContain('ecs');
    const staticSite = {
      ...seedSaas,
      backend: 'none',
      data: ['none'],
      features: [],
      'lock-in': 'portable',
      deadline: 'flexible',
    };
    expect(pick(staticSite, 'frontend-hosting')).toBe('cloudfront');
    expect(floors(staticSite)).toEqual([]);
  });

  it('prices the stack in the Region the residency answer leads to, with the credits runway', () => {
    const { cost } = advise({ ...seedSaas, residency: 'japan', credits: '1k' }, content);
    expect(cost.region).toBe('ap-northeast-1');
    expect(cost.currency).toBe('USD');
    expect(cost.runwayMonths).toBeDefined();
    expect(advise({ ...seedSaas, residency: 'eu' }, content).cost.region).toBe('eu-central-1');
  });

  it('says when the floor alone burns the credits, and names a cheaper option of the same slot', () => {
    const { cost } = advise(
      { ...seedSaas, data: ['document'], features: ['search'], credits: '1k' },
      content,
    );
    expect(cost.floorBurnsCredits?.months).toBeLessThan(12);
    const search = cost.floorBurnsCredits?.lines.find((line) => line.slot === 'search');
    expect(search?.service).toBe('opensearch-serverless');
    expect(search?.cheaper?.service).toBe('opensearch-service');
    expect(search?.cheaper?.floor).toBeLessThan(search?.floor ?? 0);
  });

  it('ignores the answer to a question that no longer applies', () => {
    const withStale = { ...seedSaas, data: ['none'], 'data-loss': 'none' };
    const without = { ...seedSaas, data: ['none'] };
    expect(advise(withStale, content)).toEqual(advise(without, content));
  });
});

describe('advise: heavy lifting', () => {
  it('names the pick that takes over each chore the team hands off', () => {
    const ledger = advise(seedSaas, content).heavyLifting;
    expect(ledger.map((entry) => entry.chore)).toEqual(['db-ops', 'auth-ops', 'patching']);
    expect(ledger.find((e) => e.chore === 'db-ops')?.absorbedBy).toContainEqual({
      slot: 'primary-database',
      service: 'aurora-serverless-v2',
    });
    expect(ledger.find((e) => e.chore === 'auth-ops')?.absorbedBy).toContainEqual({
      slot: 'auth',
      service: 'cognito',
    });
  });
});

describe('advise: decisions', () => {
  it('puts what the team is stuck on first, then one-way doors, then two-way doors', () => {
    const decisions = advise({ ...seedSaas, deliberating: ['compute'] }, content).decisions;
    expect(decisions[0]).toMatchObject({ id: 'backend-compute', deliberating: true });
    const firstTwoWay = decisions.findIndex((d) => !d.deliberating && d.door.kind === 'two-way');
    const lastOneWay = decisions.findLastIndex((d) => !d.deliberating && d.door.kind === 'one-way');
    expect(lastOneWay).toBeLessThan(firstTwoWay);
  });

  it('says how to keep a one-way door open, specific to the pick', () => {
    const database = advise(seedSaas, content).decisions.find((d) => d.id === 'primary-database');
    expect(database?.door.kind).toBe('one-way');
    expect(textOf(database?.door.keepOpen, 'en')).toMatch(/PostgreSQL/);
  });

  it('answers the Region decision from the residency answer', () => {
    const region = advise({ ...seedSaas, residency: 'japan' }, content).decisions.find(
      (d) => d.id === 'region',
    );
    expect(textOf(region?.advice, 'en')).toMatch(/Tokyo/);
  });
});

describe('advise: design for failure', () => {
  const status = (answers: Answers, practice: string) =>
    advise(answers, content).failure.find((check) => check.practice === practice)?.status;

  it('lists the five practices in order', () => {
    expect(advise(seedSaas, content).failure.map((check) => check.practice)).toEqual([
      'redundancy-and-scaling',
      'auto-healing',
      'backup-and-restore',
      'retries-and-queues',
      'monitoring',
    ]);
  });

  it('marks redundancy built in for a serverless stack with relaxed targets', () => {
    expect(status(seedSaas, 'redundancy-and-scaling')).toBe('built-in');
  });

  it('asks the team to configure backups when it can lose no data', () => {
    expect(status({ ...seedSaas, 'data-loss': 'none' }, 'backup-and-restore')).toBe('to-configure');
    const check = advise({ ...seedSaas, 'data-loss': 'none' }, content).failure.find(
      (c) => c.practice === 'backup-and-restore',
    );
    expect(check?.matched).toContainEqual({ question: 'data-loss', value: 'none' });
  });
});

describe('advise: roadmap', () => {
  it('marks where the team stands and what comes next on the S-curve', () => {
    const roadmap = advise({ ...seedSaas, stage: 'early' }, content).roadmap;
    expect(roadmap.map((step) => [step.stage, step.position])).toEqual([
      ['seed', 'past'],
      ['early', 'now'],
      ['growth', 'next'],
      ['later', 'later'],
    ]);
  });
});
