import { textOf } from '../text-of';
import { describe, expect, it } from 'vitest';
import { actionPlan, budgetAlarmUsd } from '../../src/domain/action-plan';
import { advise } from '../../src/domain/advise';
import type { Answers } from '../../src/domain/answers';
import { content } from '../fixtures/content';

function preset(id: string): Answers {
  const found = content.presets.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no preset "${id}"`);
  return found.answers;
}

const planFor = (answers: Answers) => actionPlan(advise(answers, content), content);
const ids = (decisions: readonly { id: string }[]) => decisions.map((decision) => decision.id);

describe('the action plan of a seed-stage SaaS', () => {
  const plan = planFor(preset('seed-saas'));

  it('puts every one-way door in the time-boxed step, the stuck one first', () => {
    expect(ids(plan.timeBoxed)).toEqual([
      'primary-database',
      'auth',
      'region',
      'backend-compute',
      'api-layer',
    ]);
    expect(plan.timeBoxed[0]?.deliberating).toBe(true);
    for (const decision of plan.timeBoxed.filter((entry) => entry.door.kind === 'one-way')) {
      expect(decision.door.keepOpen, `${decision.id} says how to keep the door open`).toBeDefined();
    }
  });

  it('asks to decide today only two-way doors whose time box is today', () => {
    expect(plan.decideToday.length).toBeGreaterThan(0);
    for (const decision of plan.decideToday) {
      expect(decision.door, decision.id).toMatchObject({
        kind: 'two-way',
        timeBox: 'decide-today',
      });
    }
  });

  it('switches the baseline on as a set and leaves its slots out of the doors to decide', () => {
    expect(plan.switchOn).toEqual([
      'cloudwatch',
      'guardduty',
      'secrets-manager',
      'cloudtrail',
      'backup',
    ]);
    const doors = [...ids(plan.decideToday), ...ids(plan.timeBoxed)];
    for (const slot of ['observability', 'security-baseline', 'backup', 'cost-guardrails']) {
      expect(doors, slot).not.toContain(slot);
    }
  });

  it('sets the budget alarm at the top of the estimate, rounded up, with Budgets and anomaly detection', () => {
    const advice = advise(preset('seed-saas'), content);
    expect(plan.budgetAlarm).toEqual({
      services: ['budgets', 'cost-anomaly-detection'],
      monthlyUsd: budgetAlarmUsd(advice.cost.monthly.high),
      added: [],
    });
    expect(plan.budgetAlarm?.monthlyUsd).toBeGreaterThanOrEqual(advice.cost.monthly.high);
  });

  it('leaves the baseline services not needed yet for later, each with what would add it', () => {
    const waf = plan.deferred.find((item) => item.service === 'waf');
    expect(textOf(waf?.when, 'en')).toMatch(/payments|bots/);
    expect(plan.deferred.map((item) => item.service)).not.toContain('guardduty');
  });
});

describe('the same team one stage later', () => {
  it('switches on what it could leave for later at seed, and has fewer services left to add', () => {
    const seed = planFor(preset('seed-saas'));
    const growth = planFor({ ...preset('seed-saas'), stage: 'growth' });
    expect(seed.switchOn).not.toContain('waf');
    expect(growth.switchOn).toContain('waf');
    expect(growth.deferred.map((item) => item.service)).not.toContain('waf');
  });
});

describe('a later-stage team with steady load', () => {
  it('raises the alarm with Budgets and anomaly detection, and adds a Savings Plan with why, not as an alarm', () => {
    const alarm = planFor(preset('later-fintech-ledger')).budgetAlarm;
    expect(alarm?.services).toEqual(['budgets', 'cost-anomaly-detection']);
    expect(alarm?.added.map((item) => item.service)).toEqual(['savings-plans']);
    expect(textOf(alarm?.added[0]?.why, 'en')).toMatch(/predictable/);
  });
});

describe('every decision of every preset', () => {
  it('is on the plan exactly once, unless its slot is switched on or budgeted as a set', () => {
    for (const { id } of content.presets) {
      const advice = advise(preset(id), content);
      const plan = actionPlan(advice, content);
      const planned = new Set(
        content.slots.filter((slot) => slot.actionPlan !== undefined).map((slot) => slot.id),
      );
      const expected = advice.decisions
        .filter((decision) => decision.slot === null || !planned.has(decision.slot))
        .map((decision) => decision.id)
        .sort();
      expect([...ids(plan.decideToday), ...ids(plan.timeBoxed)].sort(), id).toEqual(expected);
    }
  });
});

describe('budgetAlarmUsd', () => {
  it.each([
    [128.6, 130],
    [130, 130],
    [0.4, 10],
    [999.99, 1000],
    [1234, 1300],
  ])('rounds %s a month up to %s', (high, alarm) => {
    expect(budgetAlarmUsd(high)).toBe(alarm);
  });

  it('gives no amount when nothing is priced', () => {
    expect(budgetAlarmUsd(0)).toBeNull();
  });
});
