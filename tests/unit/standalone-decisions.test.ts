import { describe, expect, it } from 'vitest';
import { advise } from '../../src/domain/advise';
import { content } from '../fixtures/content';

const standaloneIds = (answers: Record<string, string | string[]>) =>
  advise(answers, content)
    .decisions.filter((decision) => decision.slot === null)
    .map((decision) => decision.id);

describe('decisions outside the stack', () => {
  it('ask a team only what applies to it', () => {
    expect(standaloneIds({ stage: 'seed', clients: ['api'] })).not.toContain('frontend-framework');
    expect(standaloneIds({ stage: 'seed', clients: ['web'], backend: 'none' })).not.toContain(
      'backend-framework',
    );
  });

  it('ask the rest, and everything while the answers that would rule them out are missing', () => {
    expect(standaloneIds({ stage: 'seed', clients: ['api', 'mobile'] })).toContain(
      'frontend-framework',
    );
    expect(standaloneIds({ stage: 'seed' })).toEqual(
      expect.arrayContaining(['region', 'frontend-framework', 'backend-framework']),
    );
  });
});
