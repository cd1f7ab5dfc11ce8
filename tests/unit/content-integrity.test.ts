import { textOf } from '../text-of';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/domain/advise';
import { allQuestions } from '../../src/domain/answers';
import { effectiveAnswers } from '../../src/domain/answers';
import { isRecommendable } from '../../src/domain/service-lifecycle';
import { generateJsonSchemas } from '../../src/node/json-schemas';
import { defaultContentDir } from '../../src/node/load-content';
import { sampleAnswers } from '../fixtures/answers-arbitrary';
import { content } from '../fixtures/content';
import vocabularyV1 from '../fixtures/vocabulary-v1.json';
import vocabularyV2 from '../fixtures/vocabulary-v2.json';

const multiChoice = [
  'clients',
  'data',
  'features',
  'offload',
  'deliberating',
  'sensitive',
  'audits',
];
const sample = sampleAnswers(content.questionnaire, 20_000).map((answers) =>
  effectiveAnswers(answers, content.questionnaire),
);

describe.each([
  ['v1', vocabularyV1],
  ['v2', vocabularyV2],
] as const)(
  'the answer vocabulary %s (public contract for links and the command line)',
  (version, vocabulary) => {
    const questions = new Map(allQuestions(content.questionnaire).map((q) => [q.id, q]));

    it.each(Object.entries(vocabulary))(
      `still offers %s with every ${version} value`,
      (id, values) => {
        const question = questions.get(id);
        expect(question, `question ${id}`).toBeDefined();
        expect(question?.kind).toBe(multiChoice.includes(id) ? 'multi' : 'single');
        expect(question?.options.map((option) => option.value)).toEqual(
          expect.arrayContaining(values),
        );
      },
    );
  },
);

describe('the service catalog', () => {
  it('holds at least 45 services', () => {
    expect(content.services.length).toBeGreaterThanOrEqual(45);
  });

  it.each(content.services.map((service) => [service.id, service] as const))(
    '%s carries a documentation link, a review date and a source for every fact',
    (_id, service) => {
      expect(service.docs).toMatch(/^https:\/\//);
      expect(service.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(service.pricing.source).toMatch(/^https:\/\//);
      for (const fact of service.facts) expect(fact.source).toMatch(/^https:\/\//);
      for (const support of Object.values(service.failure))
        expect(support.source).toMatch(/^https:\/\//);
    },
  );

  it('keeps the closed or ended services the talk names, each with its status and what replaces it', () => {
    for (const id of [
      'forecast',
      'qldb',
      'pinpoint',
      'app-runner',
      'timestream-liveanalytics',
      'amplify-gen1',
    ]) {
      const service = content.services.find((candidate) => candidate.id === id);
      expect(service, id).toBeDefined();
      expect(service && isRecommendable(service), `${id} must not be recommendable`).toBe(false);
      const lifecycle = service?.lifecycle;
      if (lifecycle && 'successorNote' in lifecycle)
        expect(textOf(lifecycle.successorNote, 'en').length).toBeGreaterThan(0);
    }
  });
});

/** One pass of the engine over a fixed sample: which rules fired and which services were recommended. */
const reach = (() => {
  const firedRules = new Set<string>();
  const recommended = new Set<string>();
  const configured = new Set<string>();
  for (const answers of sample) {
    for (const entry of advise(answers, content).stack) {
      for (const service of entry.services) recommended.add(service);
      for (const configuration of entry.configuration)
        configured.add(`${configuration.service}:${configuration.id}`);
      const reasons = [
        ...entry.reasons,
        ...entry.members.flatMap((member) => member.reasons),
        ...entry.alternatives.flatMap((alternative) => alternative.reasons),
        ...entry.excluded.flatMap((excluded) => excluded.reasons),
      ];
      for (const reason of reasons) if (reason.rule) firedRules.add(`${entry.slot}/${reason.rule}`);
    }
  }
  return { firedRules, recommended, configured };
})();

describe('rules', () => {
  it.each(content.rules.flatMap((file) => file.rules.map((rule) => [rule.id, file.slot] as const)))(
    'rule %s fires for some answer set and is named among the reasons in slot %s',
    (id, slot) => {
      expect(reach.firedRules.has(`${slot}/${id}`)).toBe(true);
    },
  );

  it('every configuration advice is given to some answer set', () => {
    const never = content.slots.flatMap((slot) =>
      slot.candidates.flatMap((candidate) =>
        candidate.configuration
          .map((configuration) => `${candidate.service}:${configuration.id}`)
          .filter((key) => !reach.configured.has(key)),
      ),
    );
    expect(never).toEqual([]);
  });
});

describe('reachability', () => {
  it('every service is recommended for some answer set, or marked informational', () => {
    const unreachable = content.services
      .filter(
        (service) =>
          isRecommendable(service) && !service.informational && !reach.recommended.has(service.id),
      )
      .map((service) => service.id);
    expect(unreachable).toEqual([]);
  });

  it('every closed or ended service is informational or named by a lifecycle notice', () => {
    const noticed = new Set(content.notices.lifecycle.map((notice) => notice.service));
    const stranded = content.services
      .filter(
        (service) =>
          !isRecommendable(service) && !service.informational && !noticed.has(service.id),
      )
      .map((service) => service.id);
    expect(stranded).toEqual([]);
  });
});

describe('generated JSON Schema', () => {
  it('content/schema/ matches the zod schemas (run `npm run content` after changing a schema)', () => {
    const schemaDir = join(defaultContentDir, 'schema');
    const generated = generateJsonSchemas();
    expect(readdirSync(schemaDir).sort()).toEqual(Object.keys(generated).sort());
    for (const [name, text] of Object.entries(generated)) {
      expect(readFileSync(join(schemaDir, name), 'utf8'), name).toBe(text);
    }
  });
});
