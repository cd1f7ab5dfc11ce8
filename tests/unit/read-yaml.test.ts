import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/domain/read-yaml';
import { billionLaughs } from '../fixtures/hostile-yaml';

describe('reading YAML from anyone', () => {
  it('reads YAML and JSON', () => {
    expect(readYaml('stage: seed\ndata: [relational]\n')).toEqual({
      ok: true,
      value: { stage: 'seed', data: ['relational'] },
    });
    expect(readYaml('{"stage": "seed"}')).toEqual({ ok: true, value: { stage: 'seed' } });
  });

  it('finds a repeated key and says where, as the parser did', () => {
    expect(readYaml('stage: seed\nteam: solo\nstage: growth\n')).toEqual({
      ok: false,
      problems: [
        { place: { line: 3, column: 1 }, message: 'the key "stage" is given more than once' },
      ],
    });
    expect(readYaml('a: { b: 1, b: 2 }').ok, 'in a nested mapping').toBe(false);
    expect(readYaml('a: 1\n"1": 2\n1: 3\n').ok, 'a number and a string differ').toBe(true);
  });

  it('lists ten problems of a flood of repeated keys, then how many more', () => {
    const result = readYaml('k: v\n'.repeat(40_000));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(11);
    expect(result.problems.at(-1)).toEqual({ message: '39989 more not listed' });
  });

  it('returns an alias to a missing anchor as a problem instead of throwing', () => {
    expect(readYaml('ref: *nowhere\n')).toEqual({
      ok: false,
      problems: [
        { message: 'Unresolved alias (the anchor must be set before the alias): nowhere' },
      ],
    });
  });

  it('refuses more aliases than allowed, so a few lines cannot expand into gigabytes', () => {
    const result = readYaml(billionLaughs());
    expect(result).toEqual({
      ok: false,
      problems: [{ message: 'Excessive alias count indicates a resource exhaustion attack' }],
    });
    expect(readYaml('a: &a [1]\nb: *a\n', { maxAliasCount: 0 }).ok, 'none at all').toBe(false);
  });

  it('locates a syntax error and escapes what a message quotes', () => {
    const result = readYaml('a: [unclosed\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.place).toEqual({ line: 2, column: 1 });
    const quoted = readYaml('"\u001b[2J": 1\n"\u001b[2J": 2\n');
    expect(quoted).toMatchObject({
      problems: [{ message: 'the key "\\u001b[2J" is given more than once' }],
    });
  });
});
