import { describe, expect, it } from 'vitest';
import { issuesWith, realFiles, replaceIn } from '../fixtures/content-edits';
import { formatContentIssue } from '../../src/domain/content';
import { parseContent } from '../../src/domain/parse-content';
import { manyAliases } from '../fixtures/hostile-yaml';

describe('parseContent', () => {
  it('accepts the real content folder', () => {
    expect(parseContent(realFiles).ok).toBe(true);
  });

  it('names the file, line and column of a YAML syntax error', () => {
    const issues = issuesWith('presets/seed-saas.yaml', 'id: seed-saas\ntitle: { en: [unclosed\n');
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue).toMatch(/^presets\/seed-saas\.yaml: line \d+, column \d+: YAML syntax: \w/);
    }
  });

  it('names the file and field of a schema error, with what was expected', () => {
    const text = replaceIn('stack.yaml', 'kind: two-way', 'kind: revolving');
    expect(issuesWith('stack.yaml', text)).toMatchInlineSnapshot(`
      [
        "stack.yaml: slots[0].door.kind: Invalid option: expected one of "one-way"|"two-way"",
      ]
    `);
  });

  it('reports a missing Japanese text', () => {
    const text = replaceIn('services/lambda.yaml', '\n  ja:', '\n  jp:');
    expect(issuesWith('services/lambda.yaml', text)).toEqual([
      expect.stringMatching(
        /^services\/lambda\.yaml: \w+\.ja: Invalid input: expected string, received undefined$/,
      ),
      expect.stringMatching(/^services\/lambda\.yaml: \w+: unknown field\(s\): jp$/),
    ]);
  });

  it('reports a malformed condition without a stack trace', () => {
    const text = replaceIn(
      'rules/time-series-store.yaml',
      'when: { q: budget, equals: credits }',
      'when: { q: budget, is: credits }',
    );
    expect(issuesWith('rules/time-series-store.yaml', text)).toEqual([
      'rules/time-series-store.yaml: rules[0].when: expected a condition: one of {all: [...]}, {any: [...]}, {not: ...}, {q, equals}, {q, in}, {q, includes}, {fact}, {picked}',
    ]);
  });

  it('reports ids that do not exist in another file', () => {
    const text = replaceIn('rules/cache.yaml', 'service: memorydb', 'service: memcached-on-ec2');
    expect(issuesWith('rules/cache.yaml', text)).toEqual([
      'rules/cache.yaml: rules[0].service: "memcached-on-ec2" is not a candidate of slot "cache" in stack.yaml',
    ]);
  });

  it('reports a condition value that its question does not offer', () => {
    const text = replaceIn(
      'rules/time-series-store.yaml',
      '{ q: budget, equals: credits }',
      '{ q: budget, equals: never }',
    );
    expect(issuesWith('rules/time-series-store.yaml', text)).toEqual([
      'rules/time-series-store.yaml: rules[0].when: "never" is not an option of "budget"',
    ]);
  });

  it('reports a preset answer that is not in the vocabulary', () => {
    const text = replaceIn('presets/seed-saas.yaml', 'stage: seed', 'stage: pre-seed');
    expect(issuesWith('presets/seed-saas.yaml', text)).toEqual([
      'presets/seed-saas.yaml: answers: "pre-seed" is not an option of "stage"',
    ]);
  });

  it('requires a file name to match the id inside it', () => {
    const file = realFiles.find((candidate) => candidate.path === 'presets/seed-saas.yaml');
    expect(issuesWith('presets/seed-saas-copy.yaml', file?.text ?? '')).toContain(
      'presets/seed-saas-copy.yaml: id: must match the file name "seed-saas-copy"',
    );
  });

  it('refuses a one-way door without a way to keep it open', () => {
    const text = replaceIn(
      'stack.yaml',
      'kind: two-way\n      timeBox: decide-today\n    candidates:\n      - service: amplify-hosting',
      'kind: one-way\n      timeBox: decide-today\n    candidates:\n      - service: amplify-hosting',
    );
    expect(issuesWith('stack.yaml', text)).toEqual([
      'stack.yaml: slots[0].door.keepOpen: a one-way door needs keepOpen: how to make it closer to two-way',
    ]);
  });

  it('requires every slot to say where the diagram draws it', () => {
    const text = replaceIn('stack.yaml', '    lane: edge\n', '');
    expect(issuesWith('stack.yaml', text)).toEqual([
      'stack.yaml: slots[0].lane: every slot needs a lane: where the diagram draws it',
    ]);
  });

  it('refuses a lane the diagram does not draw', () => {
    const text = replaceIn('stack.yaml', 'lane: edge', 'lane: cloud');
    expect(issuesWith('stack.yaml', text)).toEqual([
      expect.stringMatching(
        /^stack\.yaml: slots\[0\]\.lane: Invalid option: expected one of "edge"/,
      ),
    ]);
  });

  it('lists a stray YAML file instead of ignoring it', () => {
    expect(issuesWith('notes.yaml', 'hello: world')).toEqual([
      'notes.yaml: not a known content file; see README "Content"',
    ]);
  });

  it('names the file of an alias to a missing anchor, which the parser raised as an exception', () => {
    const text = `${realFiles.find((file) => file.path === 'services/activate.yaml')?.text ?? ''}ref: *nowhere\n`;
    expect(issuesWith('services/activate.yaml', text)).toEqual([
      'services/activate.yaml: YAML syntax: Unresolved alias (the anchor must be set before the alias): nowhere',
    ]);
  });

  it('names the file of more than 100 aliases', () => {
    expect(issuesWith('stages.yaml', manyAliases(150))).toEqual([
      'stages.yaml: YAML syntax: Excessive alias count indicates a resource exhaustion attack',
    ]);
  });

  it('reports a key given twice, and a flood of them in ten lines', () => {
    expect(issuesWith('stages.yaml', 'stages: []\nstages: []\n')).toEqual([
      'stages.yaml: line 2, column 1: YAML syntax: the key "stages" is given more than once',
    ]);
    expect(issuesWith('stages.yaml', 'k: 1\n'.repeat(20_000))).toHaveLength(11);
  });

  it('reports a file the reader could not use as text, by its name', () => {
    const files = [
      ...realFiles.filter((file) => file.path !== 'stages.yaml'),
      { path: 'stages.yaml', text: '', unreadable: 'not UTF-8 text (line 3); save it as UTF-8' },
    ];
    const result = parseContent(files);
    expect(result.ok ? [] : result.issues.map(formatContentIssue)).toEqual([
      'stages.yaml: not UTF-8 text (line 3); save it as UTF-8',
    ]);
  });

  it.each([
    ['services/activate.yaml', "'https://aws.amazon.com/startups/credits'", 2048, 'docs'],
    ['presets/seed-saas.yaml', "'Seed-stage B2B SaaS on a shoestring'", 2000, 'title.en'],
  ])('limits the length of a field in %s', (path, from, limit, field) => {
    const text = replaceIn(path, from, `'https://aws.amazon.com/${'x'.repeat(limit)}'`);
    expect(issuesWith(path, text)).toEqual([
      `${path}: ${field}: Too big: expected string to have <=${limit} characters`,
    ]);
  });

  it('lists a few unknown fields, cut short and escaped, and counts the rest', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `"\\e[2J${'k'.repeat(100)}${i}": 1`);
    const text = `${realFiles.find((file) => file.path === 'presets/seed-saas.yaml')?.text ?? ''}${keys.join('\n')}\n`;
    const [issue = ''] = issuesWith('presets/seed-saas.yaml', text);
    expect(issue).toMatch(/^presets\/seed-saas\.yaml: unknown field\(s\): \\u001b\[2Jk+…, /);
    expect(issue).toMatch(/ and 995 more$/);
    expect(issue.length).toBeLessThan(500);
  });
});
