import { textOf } from '../text-of';
import { describe, expect, test } from 'vitest';
import {
  copyProblems,
  formatCopyProblem,
  glossaryProblems,
  punctuationProblems,
  spacingProblems,
  type CopyString,
} from '../fixtures/copy-rules';
import { content } from '../fixtures/content';
import { doorLabels, failureStatusLabels, tierLabels } from '../../src/domain/engine-labels';
import { contentCopy, loadGlossary, messageCopy } from '../fixtures/user-visible-copy';

const glossary = loadGlossary();
const ja = (text: string): CopyString => ({
  file: 'example.yaml',
  key: 'text.ja',
  lang: 'ja',
  text,
});
const en = (text: string): CopyString => ({
  file: 'example.yaml',
  key: 'text.en',
  lang: 'en',
  text,
});
const rulesFired = (problems: readonly { message: string }[]) => problems.map((p) => p.message);

describe('the copy rules', () => {
  test('a name the glossary avoids is reported with the term to use instead', () => {
    expect(rulesFired(glossaryProblems(ja('障害に備える設計のチェックリスト'), glossary))).toEqual([
      '"障害に備える設計" → "障害に備えた設計" (design-for-failure): …障害に備える設計のチェックリスト…',
    ]);
    expect(glossaryProblems(en('One-way Door'), glossary), 'case matters').toHaveLength(1);
    expect(glossaryProblems(ja('One-way Door は後戻りが難しい'), glossary)).toEqual([]);
  });

  test('half-width punctuation beside Japanese is reported, inside Latin runs it is not', () => {
    expect(punctuationProblems(ja('設定 (任意) です。例: CDK'))).toHaveLength(3);
    expect(
      punctuationProblems(ja('Amazon S3 (S3) を使う')),
      'a Latin name before a particle',
    ).toHaveLength(1);
    expect(punctuationProblems(ja('ビルド/テスト'))).toHaveLength(1);
    expect(
      punctuationProblems(
        ja(
          'CI/CD と Amazon Simple Storage Service (Amazon S3) API、HTTP(S) を使います。詳細は https://example.com/a:b、`a(b)`、{name} です。',
        ),
      ),
    ).toEqual([]);
    expect(punctuationProblems(en('Set it up (optional): now')), 'English is not judged').toEqual(
      [],
    );
  });

  test('Japanese and Latin words or numbers are one space apart, and punctuation takes none', () => {
    expect(rulesFired(spacingProblems(ja('AWSのサービスを3か月')))).toHaveLength(3);
    expect(spacingProblems(ja('AWS 、ですね'))).toHaveLength(1);
    expect(spacingProblems(ja('AWS のサービスを 3 か月、50% 割引で。{stage}にいます'))).toEqual([]);
    expect(spacingProblems(ja('2026年5月1日に終了し、2025年7月から'))).toEqual([]);
    expect(spacingProblems(ja('は2026年5月1日に')), 'a date is spaced like a number').toHaveLength(
      1,
    );
  });
});

describe('every user-visible string', () => {
  test('the glossary names every slot as content/stack.yaml titles it', () => {
    const terms = new Map(glossary.terms.map((term) => [term.id, term]));
    const mismatches = content.slots.flatMap((slot) => {
      const term = terms.get(`slot-${slot.id}`);
      return term?.en === textOf(slot.title, 'en') && term.ja === textOf(slot.title, 'ja')
        ? []
        : [`${slot.id}: stack.yaml says ${textOf(slot.title, 'en')} / ${textOf(slot.title, 'ja')}`];
    });
    expect(mismatches).toEqual([]);
  });

  test('the engine labels say the glossary terms', () => {
    const term = (id: string) => {
      const found = glossary.terms.find((entry) => entry.id === id);
      if (!found) throw new Error(`no glossary term ${id}`);
      // A label starts with a capital where the glossary gives the word as used mid-sentence.
      return { en: found.en.charAt(0).toUpperCase() + found.en.slice(1), ja: found.ja };
    };
    expect(doorLabels['one-way']).toEqual(term('one-way-door'));
    expect(doorLabels['two-way']).toEqual(term('two-way-door'));
    expect(failureStatusLabels['built-in']).toEqual(term('failure-built-in'));
    expect(failureStatusLabels['to-configure']).toEqual(term('failure-to-configure'));
    expect(failureStatusLabels.gap).toEqual(term('failure-gap'));
    expect(tierLabels['cross-cutting']).toEqual(term('cross-cutting'));
  });

  test('follows the glossary and Japanese typography (file: key: problem)', async () => {
    const strings = [...contentCopy(), ...(await messageCopy())];
    expect(strings.length, 'strings checked').toBeGreaterThan(3000);
    const problems = strings.flatMap((copy) => copyProblems(copy, glossary)).map(formatCopyProblem);
    expect(problems).toEqual([]);
  });
});
