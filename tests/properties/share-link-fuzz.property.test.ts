import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/domain/answers';
import {
  decodeShareLink,
  type DecodedShareLink,
} from '../../src/domain/share-link/decode-share-link';
import { encodeShareLink } from '../../src/domain/share-link/encode-share-link';
import { sampleAnswers } from '../fixtures/answers-arbitrary';
import { content } from '../fixtures/content';

const questionnaire = content.questionnaire;
const realLinks = [
  ...content.presets.map((preset) => preset.answers),
  ...sampleAnswers(questionnaire, 200),
].map((answers) => encodeShareLink(answers, questionnaire));

/** Distinct non-empty values of one `key=value` part, as a reader would count them. */
function valueCount(part: string): number {
  const value = decodeURIComponent(part.slice(part.indexOf('=') + 1));
  return new Set(value.split(/[.,]/).filter((name) => name !== '')).size;
}

/**
 * The decoder's promise, checked on any input: it returned (no exception escaped), kept only
 * valid answers, and either listed a problem or accounted for every part of the link: one
 * answered question per part besides the version, and every value of every part kept.
 */
function expectHonest(input: string, decoded: DecodedShareLink): void {
  expect(parseAnswers(decoded.answers, questionnaire).problems).toEqual([]);
  if (decoded.problems.length > 0) return;
  expect(decoded.version).toBe(questionnaire.vocabularyVersion);
  const parts = (input.startsWith('?') ? input.slice(1) : input).split('&').filter(Boolean);
  const answered = Object.values(decoded.answers);
  expect(parts.length).toBe(answered.length + 1);
  const kept = answered.reduce(
    (sum, value) => sum + (typeof value === 'string' ? 1 : value.length),
    0,
  );
  expect(
    parts.filter((part) => !part.startsWith('v=')).reduce((sum, part) => sum + valueCount(part), 0),
  ).toBe(kept);
}

function check(input: string): DecodedShareLink {
  const decoded = decodeShareLink(input, questionnaire);
  expectHonest(input, decoded);
  return decoded;
}

const realLink = fc.constantFrom(...realLinks);
const invalidPercent = fc.constantFrom(
  '%',
  '%Z',
  '%zz',
  '%E0%A4',
  '%C0%AF',
  '%ED%A0%80',
  '%%41',
  '%G1',
);
const anyChar = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });

/** Each property runs thousands of cases; on a busy 2-core machine the 5 s default is too tight. */
describe('the share-link decoder under fuzzing (100,000+ inputs)', { timeout: 60_000 }, () => {
  it('survives arbitrary strings, ASCII and full Unicode', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 })),
        (input) => {
          check(input);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('survives URL-shaped input: query parameters, path segments and key=value soup', () => {
    const keys = fc.constantFrom(
      'v',
      'st',
      'stage',
      'fe',
      'features',
      'da',
      'au',
      'x',
      '',
      '__proto__',
    );
    const soup = fc
      .array(
        fc.tuple(
          keys,
          fc.oneof(fc.webSegment(), fc.constantFrom('1', '2', '0', 'seed', 'auth.vc', 'none.rel')),
        ),
        { maxLength: 30 },
      )
      .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(fc.webQueryParameters(), fc.webSegment(), soup), (input) => {
        check(input);
      }),
      { numRuns: 20_000 },
    );
  });

  it('always notices a real link cut short', () => {
    fc.assert(
      fc.property(realLink, fc.nat(), (link, at) => {
        const cut = link.slice(0, at % link.length);
        expect(check(cut).problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 20_000 },
    );
  });

  it('always notices a duplicated key or percent-encoding garbage in a real link', () => {
    fc.assert(
      fc.property(
        realLink,
        fc.nat(),
        invalidPercent,
        fc.boolean(),
        (link, at, garbage, duplicate) => {
          const parts = link.split('&');
          const i = at % parts.length;
          const part = parts[i] ?? '';
          const mutated = duplicate
            ? [...parts.slice(0, i + 1), part, ...parts.slice(i + 1)]
            : [
                ...parts.slice(0, i),
                `${part.slice(0, at % (part.length + 1))}${garbage}${part.slice(at % (part.length + 1))}`,
                ...parts.slice(i + 1),
              ];
          expect(check(mutated.join('&')).problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('keeps its promise on real links with characters flipped, inserted or deleted', () => {
    const edit = fc.tuple(fc.nat(), fc.constantFrom('flip', 'insert', 'delete'), anyChar);
    fc.assert(
      fc.property(realLink, fc.array(edit, { minLength: 1, maxLength: 4 }), (link, edits) => {
        let mutated = link;
        for (const [at, kind, char] of edits) {
          const i = at % (mutated.length + 1);
          mutated =
            kind === 'insert'
              ? `${mutated.slice(0, i)}${char}${mutated.slice(i)}`
              : `${mutated.slice(0, i)}${kind === 'flip' ? char : ''}${mutated.slice(i + 1)}`;
        }
        check(mutated);
      }),
      { numRuns: 20_000 },
    );
  });
});
