import { describe, expect, it } from 'vitest';
import { allQuestions, type Answers } from '../../src/domain/answers';
import { crossCheckContent } from '../../src/domain/cross-check-content';
import { languages } from '../../src/domain/localized-text';
import type { Questionnaire } from '../../src/domain/questionnaire-schema';
import { decodeShareLink } from '../../src/domain/share-link/decode-share-link';
import { encodeShareLink } from '../../src/domain/share-link/encode-share-link';
import {
  describeShareLinkProblem,
  type ShareLinkProblem,
} from '../../src/domain/share-link/share-link-problem';
import { content } from '../fixtures/content';
import aliasesV1 from '../fixtures/share-link-aliases-v1.json';

const questionnaire = content.questionnaire;
const seedSaas = content.presets.find((preset) => preset.id === 'seed-saas');
if (!seedSaas) throw new Error('fixture: the seed-saas preset is missing');
const decode = (query: string) => decodeShareLink(query, questionnaire);

describe('the share-link vocabulary v1 (a public contract, like the answer ids)', () => {
  const questions = new Map(allQuestions(questionnaire).map((q) => [q.id, q]));

  it.each(Object.entries(aliasesV1))('still spells %s and its values as in v1', (id, spelling) => {
    const question = questions.get(id);
    expect(question, `question ${id}`).toBeDefined();
    expect(question?.alias ?? question?.id, `key of ${id}`).toBe(spelling.key);
    for (const [value, name] of Object.entries(spelling.values)) {
      const option = question?.options.find((candidate) => candidate.value === value);
      expect(option, `${id}=${value}`).toBeDefined();
      expect(option?.alias ?? option?.value, `name of ${id}=${value}`).toBe(name);
    }
  });

  it('is checked for clashes: an alias may not repeat an id, another alias or "v"', () => {
    const clash = structuredClone(questionnaire);
    const [first, second] = clash.sections[0]?.questions ?? [];
    if (!first?.options[0] || !second) throw new Error('fixture: questionnaire too small');
    first.alias = 'v';
    second.alias = 'ops';
    first.options[0].alias = first.options[1]?.value;
    const issues = crossCheckContent(
      { ...content, questionnaire: clash },
      {
        services: [],
        rules: [],
        presets: [],
      },
    ).map((issue) => `${issue.path}: ${issue.message}`);
    expect(issues).toEqual([
      'sections[].questions[].alias: duplicate share-link key (question ids, aliases and the version key) "v"',
      'sections[].questions[].alias: duplicate share-link key (question ids, aliases and the version key) "ops"',
      'sections[0].questions[0].options[].alias: duplicate share-link value (option values and aliases) "early"',
    ]);
  });

  it('passes the clash check on the real content', () => {
    expect(
      crossCheckContent(content, { services: [], rules: [], presets: [] }).filter((issue) =>
        issue.message.includes('share-link'),
      ),
    ).toEqual([]);
  });
});

describe('encodeShareLink', () => {
  it('writes the seed-saas preset as short key=value pairs, version last', () => {
    expect(encodeShareLink(seedSaas.answers, questionnaire)).toBe(
      'st=seed&tm=sm&ops=none&bu=cred&cr=5k&dl=wk&cl=web&be=fn&da=rel&fe=auth.file.bg.ntf&tr=unk&sc=sm' +
        '&of=db.auth.ptch.srv.cicd&lk=emb&de=db.fe&rs=none&av=biz&rpo=hr&rto=hr&ex=yes&oc=fdr' +
        '&se=pii&au=none&v=2',
    );
  });

  it('gives the same link whatever the order of the keys in the answers object', () => {
    const reversed = Object.fromEntries(Object.entries(seedSaas.answers).reverse()) as Answers;
    expect(encodeShareLink(reversed, questionnaire)).toBe(
      encodeShareLink(seedSaas.answers, questionnaire),
    );
  });

  it('leaves out unknown questions, unknown values, empty lists and wrong shapes', () => {
    const answers: Answers = {
      stage: 'pre-seed',
      colour: 'blue',
      data: [],
      features: ['auth', 'teleportation', 'auth'],
      team: ['small'],
    };
    expect(encodeShareLink(answers, questionnaire)).toBe('fe=auth&v=2');
  });

  it('is just the version for no answers', () => {
    expect(encodeShareLink({}, questionnaire)).toBe('v=2');
  });
});

describe('decodeShareLink', () => {
  const link = encodeShareLink(seedSaas.answers, questionnaire);

  it('reads a clean link back exactly, with no problems', () => {
    expect(decode(link)).toEqual({ answers: seedSaas.answers, problems: [], version: 2 });
    expect(decode(`?${link}`).answers).toEqual(seedSaas.answers);
  });

  it('reads full ids and values, and commas, as a mentor might type them', () => {
    expect(decode('stage=growth&features=auth,video-calls&de=db.iac&v=2')).toEqual({
      answers: {
        stage: 'growth',
        features: ['auth', 'video-calls'],
        deliberating: ['database', 'iac'],
      },
      problems: [],
      version: 2,
    });
  });

  it('lets the last of a repeated key count, and says so', () => {
    expect(decode('st=seed&stage=later&v=2')).toEqual({
      answers: { stage: 'later' },
      problems: [{ kind: 'repeated-key', key: 'stage' }],
      version: 2,
    });
  });

  it('notices a link cut short, because the version comes last', () => {
    const cut = decode(link.slice(0, link.indexOf('&av=')));
    expect(cut.problems).toEqual([{ kind: 'missing-version' }]);
    expect(cut.version).toBeNull();
    expect(cut.answers['stage']).toBe('seed');
    expect(cut.answers['availability']).toBeUndefined();
  });

  it('keeps what it can read from a tampered link and lists the rest', () => {
    expect(
      decode(
        'st=pre-seed&tm=sm&fe=auth.warp.vc&colour=blue&cl=&junk&%E0%A4%A=1&da=none.rel&ops=none.some&v=2',
      ),
    ).toEqual({
      answers: { team: 'small', features: ['auth', 'video-calls'], data: ['relational'] },
      problems: [
        { kind: 'unknown-question', question: 'colour' },
        { kind: 'missing-value', question: 'clients' },
        { kind: 'malformed-part', part: 'junk' },
        { kind: 'malformed-part', part: '%E0%A4%A=1' },
        { kind: 'unknown-value', question: 'stage', value: 'pre-seed' },
        { kind: 'wrong-shape', question: 'ops', expected: 'single' },
        { kind: 'conflicting-values', question: 'data', value: 'none' },
        { kind: 'unknown-value', question: 'features', value: 'warp' },
      ],
      version: 2,
    });
  });

  it('reads a link from a newer app as far as it can and says it is newer', () => {
    expect(decode('st=erly&hq=mars&v=3')).toEqual({
      answers: { stage: 'early' },
      problems: [
        { kind: 'newer-version', version: 3, current: 2 },
        { kind: 'unknown-question', question: 'hq' },
      ],
      version: 3,
    });
  });

  it('reads a link from an older vocabulary in full and says newer questions are open', () => {
    const v3: Questionnaire = { ...questionnaire, vocabularyVersion: 3 };
    expect(decodeShareLink(link, v3)).toEqual({
      answers: seedSaas.answers,
      problems: [{ kind: 'older-version', version: 2, current: 3 }],
      version: 2,
    });
  });

  it('reports an unreadable or repeated version', () => {
    expect(decode('st=seed&v=one').problems).toEqual([
      { kind: 'unreadable-version', value: 'one' },
    ]);
    expect(decode('v=2&st=seed&v=2').problems).toEqual([{ kind: 'repeated-key', key: 'v' }]);
  });

  it('clips a very long unknown part so a notice stays readable', () => {
    const [problem] = decode(`st=${'x'.repeat(10_000)}&v=2`).problems;
    expect(problem).toEqual({
      kind: 'unknown-value',
      question: 'stage',
      value: `${'x'.repeat(40)}…`,
    });
  });

  it('does not trip over keys that name object internals', () => {
    expect(decode('__proto__=1&constructor=x&toString=y&v=2')).toEqual({
      answers: {},
      problems: [
        { kind: 'unknown-question', question: '__proto__' },
        { kind: 'unknown-question', question: 'constructor' },
        { kind: 'unknown-question', question: 'toString' },
      ],
      version: 2,
    });
  });
});

describe('describeShareLinkProblem', () => {
  const every: ShareLinkProblem[] = [
    { kind: 'missing-version' },
    { kind: 'unreadable-version', value: 'one' },
    { kind: 'older-version', version: 2, current: 2 },
    { kind: 'newer-version', version: 3, current: 2 },
    { kind: 'malformed-part', part: 'junk' },
    { kind: 'repeated-key', key: 'stage' },
    { kind: 'missing-value', question: 'clients' },
    { kind: 'unknown-question', question: 'colour' },
    { kind: 'unknown-value', question: 'stage', value: 'pre-seed' },
    { kind: 'wrong-shape', question: 'ops', expected: 'single' },
    { kind: 'wrong-shape', question: 'data', expected: 'multi' },
    { kind: 'conflicting-values', question: 'data', value: 'none' },
  ];

  it.each(languages)('says what went wrong for every kind of problem in %s', (lang) => {
    const sentences = every.map((problem) => describeShareLinkProblem(problem, lang));
    expect(new Set(sentences).size).toBe(every.length);
    for (const sentence of sentences) expect(sentence.length).toBeGreaterThan(10);
    if (lang === 'ja') for (const sentence of sentences) expect(sentence).toMatch(/[ぁ-んァ-ン]/);
  });

  it('names the part concerned', () => {
    expect(
      describeShareLinkProblem({ kind: 'unknown-value', question: 'stage', value: 'x' }, 'en'),
    ).toBe('"x" is not an option of "stage" and was skipped.');
    expect(describeShareLinkProblem({ kind: 'repeated-key', key: 'stage' }, 'ja')).toBe(
      '「stage」が複数回指定されています。最後の指定を使いました。',
    );
  });
});
