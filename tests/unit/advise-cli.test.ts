import { describe, expect, it } from 'vitest';
import { runAdviseCli } from '../../src/node/advise-cli';
import { content } from '../fixtures/content';

const files: Record<string, string> = {
  'good.json': JSON.stringify({ stage: 'seed', data: ['relational'] }),
  'good.yaml': 'stage: growth\ndata: [key-value]\n',
  'bad.json': JSON.stringify({ stage: 'pre-seed', colour: 'blue', data: 'relational' }),
  'broken.json': '{"stage": "seed",',
};
const read = (source: string) => {
  const text = files[source];
  if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${source}'`);
  return text;
};
const run = (...argv: string[]) => runAdviseCli(argv, content, read);

describe('advise command line', () => {
  it('prints the advice as JSON for an answers file', () => {
    const result = run('--answers', 'good.json');
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    const advice = JSON.parse(result.stdout) as {
      stack: { slot: string; service: string; title: string }[];
    };
    expect(advice.stack.find((entry) => entry.slot === 'primary-database')?.service).toBe(
      'aurora-serverless-v2',
    );
    expect(advice.stack[0]?.title).toBe('Frontend hosting');
  });

  it('reads YAML answers too', () => {
    expect(run('--answers', 'good.yaml').exitCode).toBe(0);
  });

  it('prints every text in Japanese with --lang ja', () => {
    const advice = JSON.parse(run('--answers', 'good.json', '--lang', 'ja').stdout) as {
      stack: { title: string }[];
    };
    expect(advice.stack[0]?.title).toBe('フロントエンドのホスティング');
  });

  it.each(content.presets.map((preset) => preset.id))(
    'works for preset %s in both languages',
    (id) => {
      for (const lang of ['en', 'ja']) {
        const result = run('--preset', id, '--lang', lang);
        expect(result.exitCode, result.stderr).toBe(0);
        expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
      }
    },
  );

  it('lets --answers override single questions of a preset', () => {
    const preset = content.presets[0];
    const merged = run('--preset', preset?.id ?? '', '--answers', 'good.json');
    const alone = run('--answers', 'good.json');
    expect(merged.exitCode).toBe(0);
    expect(merged.stdout).not.toBe(alone.stdout);
  });

  it('names every unknown id and value on stderr, prints nothing on stdout and exits 2', () => {
    const result = run('--answers', 'bad.json');
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('bad.json has 3 problem(s):');
    expect(result.stderr).toContain('"pre-seed" is not an option of "stage"');
    expect(result.stderr).toContain('unknown question id "colour"');
    expect(result.stderr).toContain('"data" takes a list of values');
  });

  it('reports unreadable answers and unknown options with exit code 2', () => {
    for (const argv of [
      ['--answers', 'broken.json'],
      ['--answers', 'missing.json'],
      ['--preset', 'no-such-preset'],
      ['--answers', 'good.json', '--lang', 'fr'],
      ['--answers', 'good.json', '--format', 'xml'],
      ['--answer', 'good.json'],
      [],
    ]) {
      const result = run(...argv);
      expect(result.exitCode, argv.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^advise: /);
    }
  });
});
