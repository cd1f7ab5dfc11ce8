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
        score: 3,
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
    const answers = { ...seedSaas, backend: 'containers' };
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

  it('never recommends QLDB for a ledger; it warns and recommends Aurora PostgreSQL instead', () => {
    const answers = { ...seedSaas, data: ['relational', 'ledger'] };
    const advice = advise(answers, content);
    const ledger = advice.stack.find((entry) => entry.slot === 'ledger-store');
    expect(ledger?.service).toBe('aurora-serverless-v2');
    expect(ledger?.alternatives.map((a) => a.service)).not.toContain('qldb');
    expect(advice.warnings).toContainEqual(
      expect.objectContaining({
        kind: 'service-unavailable',
        service: 'qldb',
        status: 'end-of-support',
      }),
    );
  });

  it('excludes Kubernetes for a team without infrastructure experience, with the reason', () => {
    const entry = advise({ ...seedSaas, backend: 'containers' }, content).stack.find(
      (e) => e.slot === 'backend-compute',
    );
    expect(entry?.alternatives.map((a) => a.service)).not.toContain('eks');
    const eks = entry?.excluded.find((excluded) => excluded.service === 'eks');
    expect(eks?.reasons).toContainEqual(
      expect.objectContaining({ rule: 'compute-no-kubernetes-without-ops', score: null }),
    );
  });

  it('breaks ties by candidate order in stack.yaml', () => {
    // With nothing answered every slot falls back to its starting scores.
    expect(pick({}, 'primary-database')).toBe('aurora-serverless-v2');
    expect(pick({ data: ['time-series'] }, 'time-series-store')).toBe('timestream-influxdb');
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
    expect(database?.door.keepOpen?.en).toMatch(/PostgreSQL/);
  });

  it('answers the Region decision from the residency answer', () => {
    const region = advise({ ...seedSaas, residency: 'japan' }, content).decisions.find(
      (d) => d.id === 'region',
    );
    expect(region?.advice?.en).toMatch(/Tokyo/);
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
