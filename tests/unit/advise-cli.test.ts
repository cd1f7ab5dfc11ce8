import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderAdrFiles } from '../../src/domain/markdown/render-adr-files';
import { renderAdrs } from '../../src/domain/markdown/render-adrs';
import { renderMarkdown } from '../../src/domain/markdown/render-markdown';
import { escapeControls } from '../../src/domain/show-untrusted';
import { runAdviseCli } from '../../src/node/advise-cli';
import { content } from '../fixtures/content';

const files: Record<string, string> = {
  'good.json': JSON.stringify({ stage: 'seed', data: ['relational'] }),
  'good.yaml': 'stage: growth\ndata: [key-value]\n',
  'bad.json': JSON.stringify({ stage: 'pre-seed', colour: 'blue', data: 'relational' }),
  'broken.json': '{"stage": "seed",',
  'flow.yaml': '{stage: growth, data: [key-value]}',
  'repeated.yaml': 'stage: seed\nstage: growth\n',
  'flood.json': JSON.stringify(
    Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`q${i}`, 'x'])),
  ),
  'escapes.json': JSON.stringify({
    '\u001b]0;pwned\u0007': 'x',
    stage: `\u202E${'y'.repeat(10_000)}`,
  }),
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
    expect(advice.stack.find((entry) => entry.slot === 'backend-compute')?.title).toBe(
      'Backend compute',
    );
  });

  it('reads YAML answers too', () => {
    expect(run('--answers', 'good.yaml').exitCode).toBe(0);
  });

  it('prints every text in Japanese with --lang ja', () => {
    const advice = JSON.parse(run('--answers', 'good.json', '--lang', 'ja').stdout) as {
      stack: { slot: string; title: string }[];
    };
    expect(advice.stack.find((entry) => entry.slot === 'backend-compute')?.title).toBe(
      'バックエンドの実行基盤',
    );
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

  it('shows the usage for argument mistakes only, not for problems with the answers', () => {
    expect(run('--answers', 'bad.json').stderr).not.toContain('usage:');
    expect(run('--answers', 'broken.json').stderr).not.toContain('usage:');
    expect(run('--preset', 'no-such-preset').stderr).not.toContain('usage:');
    expect(run('--answers', 'good.json', '--format', 'xml').stderr).toContain('usage:');
  });
});

describe('advise with hostile answers', () => {
  it('reads a YAML flow mapping, which starts like JSON but is not', () => {
    expect(run('--answers', 'flow.yaml').exitCode).toBe(0);
  });

  it('refuses a key given twice in YAML, saying where', () => {
    expect(run('--answers', 'repeated.yaml').stderr).toBe(
      'advise: cannot read answers from repeated.yaml: the key "stage" is given more than once (line 2, column 1)\n',
    );
  });

  it('lists ten problems of a key flood, then how many more', () => {
    const result = run('--answers', 'flood.json');
    expect(result.exitCode).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('advise: flood.json has 5000 problem(s):');
    expect(lines.slice(1, 3)).toEqual([
      '  - unknown question id "q0"',
      '  - unknown question id "q1"',
    ]);
    expect(lines.at(-1)).toBe('  … and 4990 more');
    expect(lines).toHaveLength(12);
  });

  it('escapes control characters and cuts long values in every message quoting input', () => {
    const cases = [
      run('--answers', 'escapes.json'),
      run('--preset', '\u001b[2J\u001b[H../../etc/passwd'),
      run('--preset', 'seed-saas', '--lang', `\u009b31m${'x'.repeat(100_000)}`),
      run('--preset', 'seed-saas', '--format', 'md', '--date', '\u001b]0;title\u0007'),
      run('--answers', `\u001b[31mmissing${'z'.repeat(5000)}.json`),
      run('--\u001b[2J'),
    ];
    for (const result of cases) {
      const message = result.stderr.split('\nusage:')[0] ?? '';
      expect(result.exitCode, message).toBe(2);
      expect(message.split('\n').map(escapeControls), 'nothing left to escape').toEqual(
        message.split('\n'),
      );
      expect(message.length, 'long values cut short').toBeLessThan(600);
    }
    expect(cases[0]?.stderr).toContain('unknown question id "\\u001b]0;pwned\\u0007"');
    expect(cases[1]?.stderr).toContain('unknown preset "\\u001b[2J\\u001b[H../../etc/passwd"');
  });
});

describe('advise --format md and adr', () => {
  const seedSaas = content.presets.find((preset) => preset.id === 'seed-saas');
  if (!seedSaas) throw new Error('fixture: the seed-saas preset is missing');

  it('prints exactly the document renderMarkdown gives for the same answers, language and date', () => {
    const result = run(
      '--preset',
      'seed-saas',
      '--format',
      'md',
      '--date',
      '2026-11-24',
      '--lang',
      'ja',
    );
    expect(result).toEqual({
      stdout: renderMarkdown({
        answers: seedSaas.answers,
        content,
        lang: 'ja',
        date: '2026-11-24',
      }),
      stderr: '',
      exitCode: 0,
    });
  });

  it('puts the project name in the title and links back to the app when given its address', () => {
    const result = run(
      '--preset',
      'seed-saas',
      '--format',
      'md',
      '--project',
      'Acme | <b>',
      '--app-url',
      'https://advisor.example/',
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('# AWS stack advice for Acme \\| &lt;b&gt;');
    expect(result.stdout).toContain('](https://advisor.example/?st=seed&');
    expect(result.stdout).not.toMatch(/Prepared on/);
  });

  it.each([
    ['https://advisor.example/#top', /\]\(https:\/\/advisor\.example\/\?st=seed&[^)#]*v=2#top\)/],
    [
      'https://advisor.example/?ref=news',
      /\]\(https:\/\/advisor\.example\/\?ref=news&st=seed&[^)]*v=2\)/,
    ],
    [
      'https://advisor.example/?st=growth&v=9#a',
      /\]\(https:\/\/advisor\.example\/\?st=seed&[^)#]*v=2#a\)/,
    ],
  ])('puts the answers before the fragment and merges them with the query of %s', (url, link) => {
    const result = run('--preset', 'seed-saas', '--format', 'md', '--app-url', url);
    expect(result.stdout).toMatch(link);
  });

  it('prints every decision record after a header naming its file', () => {
    const result = run('--preset', 'seed-saas', '--format', 'adr', '--date', '2026-11-24');
    const adrs = renderAdrs({ answers: seedSaas.answers, content, lang: 'en', date: '2026-11-24' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      adrs.map((adr) => `==> ${adr.fileName} <==\n${adr.markdown}`).join(''),
    );
    expect(result.stdout.match(/^==> .+ <==$/gm)).toEqual([
      '==> 0001-primary-database.md <==',
      '==> 0002-auth.md <==',
      '==> 0003-region.md <==',
    ]);
  });

  it.each([['2026-02-30'], ['2026-1-5'], ['24/11/2026'], ['tomorrow'], ['']])(
    'refuses the date %j with exit code 2, the usage and nothing on stdout',
    (date) => {
      const result = run('--preset', 'seed-saas', '--format', 'md', '--date', date);
      expect(result.exitCode).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`--date "${date}" is not a valid date (YYYY-MM-DD)`);
      expect(result.stderr).toContain('usage:');
    },
  );

  it('refuses document options with a format that does not print them, and a non-web app address', () => {
    for (const [argv, message] of [
      [['--date', '2026-11-24'], '--date applies to --format md or adr'],
      [['--project', 'Acme'], '--project applies to --format md or adr'],
      [['--format', 'adr', '--app-url', 'https://x.example'], '--app-url applies to --format md'],
      [['--format', 'md', '--app-url', 'javascript:alert(1)'], 'is not an http or https address'],
    ] as const) {
      const result = run('--preset', 'seed-saas', ...argv);
      expect(result.exitCode, argv.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
    }
  });

  it('fails on bad answers before printing any document', () => {
    const result = run('--answers', 'bad.json', '--format', 'md', '--date', '2026-11-24');
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
  });
});

describe('advise --format adr --out', () => {
  const seedSaas = content.presets.find((preset) => preset.id === 'seed-saas');
  if (!seedSaas) throw new Error('fixture: the seed-saas preset is missing');
  const root = mkdtempSync(join(tmpdir(), 'advise-adr-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });
  let folders = 0;
  /** A path in the temporary folder that does not exist yet. */
  const freshPath = () => join(root, `case-${String((folders += 1))}`);
  const writeAdrs = (out: string, ...more: string[]) =>
    run('--preset', 'seed-saas', '--format', 'adr', '--date', '2026-11-24', '--out', out, ...more);
  const expected = (lang: 'en' | 'ja') =>
    renderAdrFiles({ answers: seedSaas.answers, content, lang, date: '2026-11-24' });
  /** A failure: one line on stderr, nothing on stdout, no stack trace, exit code 2. */
  const expectOneLineFailure = (result: ReturnType<typeof run>, message: string) => {
    expect(result.exitCode, 'exit code').toBe(2);
    expect(result.stdout, 'stdout').toBe('');
    expect(result.stderr, 'stderr').toMatch(/^advise: [^\n]+\n$/);
    expect(result.stderr).toContain(message);
    expect(result.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
  };

  it('writes the index and one file per record into a new nested folder and lists the paths', () => {
    const out = join(freshPath(), 'docs', 'decisions');
    const result = run(
      '--preset',
      'seed-saas',
      '--format',
      'adr',
      '--date',
      '2026-11-24',
      '--lang',
      'ja',
      '--out',
      out,
    );
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const files = expected('ja');
    expect(result.stdout).toBe(files.map((file) => `${join(out, file.fileName)}\n`).join(''));
    expect(readdirSync(out).sort()).toEqual(files.map((file) => file.fileName).sort());
    for (const file of files)
      expect(readFileSync(join(out, file.fileName), 'utf8'), file.fileName).toBe(file.markdown);
  });

  it('runs again over its own files, which hold the same text', () => {
    const out = freshPath();
    expect(writeAdrs(out).exitCode).toBe(0);
    expect(writeAdrs(out)).toMatchObject({ exitCode: 0, stderr: '' });
  });

  it('leaves other files in the folder alone', () => {
    const out = freshPath();
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    expect(writeAdrs(out).exitCode).toBe(0);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('writes nothing when a record in the folder was edited, until --force', () => {
    const out = freshPath();
    mkdirSync(out);
    writeFileSync(join(out, '0002-auth.md'), 'status: accepted\n');
    expectOneLineFailure(
      writeAdrs(out),
      `not replacing 1 file(s) that hold other text: "${join(out, '0002-auth.md')}"; add --force to replace them`,
    );
    expect(readdirSync(out), 'nothing written').toEqual(['0002-auth.md']);

    const forced = writeAdrs(out, '--force');
    expect(forced.exitCode, forced.stderr).toBe(0);
    expect(readFileSync(join(out, '0002-auth.md'), 'utf8')).toBe(
      expected('en').find((file) => file.fileName === '0002-auth.md')?.markdown,
    );
  });

  it('names three files it will not replace, then how many more', () => {
    const out = freshPath();
    expect(writeAdrs(out).exitCode).toBe(0);
    const result = run('--preset', 'seed-saas', '--format', 'adr', '--lang', 'ja', '--out', out);
    expectOneLineFailure(result, 'not replacing 4 file(s) that hold other text: ');
    expect(result.stderr).toContain(' and 1 more; add --force to replace them');
  });

  const putFile = (path: string) => {
    writeFileSync(path, 'x');
  };
  it.each([
    ['a file', putFile, '', 'it is a file, not a folder'],
    ['below a file', putFile, 'sub', 'a part of the path is a file, not a folder'],
    [
      'a folder holding a folder named README.md',
      (path: string) => {
        mkdirSync(join(path, 'README.md'), { recursive: true });
      },
      '',
      'it is a folder, not a file',
    ],
  ])('refuses a path that is %s in one line', (_case, prepare, below, message) => {
    const path = freshPath();
    prepare(path);
    expectOneLineFailure(writeAdrs(join(path, below), '--force'), message);
  });

  it.runIf(existsSync('/proc/self'))(
    'ends with a message where mkdir finds no parent to create, as in /proc',
    () => {
      // Node's own recursive mkdir retries such a path forever.
      expectOneLineFailure(writeAdrs('/proc/advise-adrs'), 'cannot write "/proc/advise-adrs": ');
    },
  );

  it.skipIf(process.getuid?.() === 0)('refuses a folder it may not write in', () => {
    const out = freshPath();
    mkdirSync(out, { mode: 0o500 });
    expectOneLineFailure(writeAdrs(out), 'permission denied');
  });

  it('refuses --out and --force where they do not apply, with the usage', () => {
    for (const [argv, message] of [
      [['--format', 'md', '--out', 'adrs'], '--out applies to --format adr'],
      [['--out', 'adrs'], '--out applies to --format adr'],
      [['--format', 'adr', '--force'], '--force applies with --out'],
      [['--format', 'adr', '--out', ''], '--out needs a folder'],
    ] as const) {
      const result = run('--preset', 'seed-saas', ...argv);
      expect(result.exitCode, argv.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain('usage:');
    }
  });

  it('writes nothing for bad answers', () => {
    const out = freshPath();
    const result = run('--answers', 'bad.json', '--format', 'adr', '--out', out);
    expect(result.exitCode).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('advise as a process', () => {
  it('ends quietly with exit code 0 when the reader closes stdout before the output is written', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/advise.ts', '--preset', 'seed-saas', '--format', 'md'],
      { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // Closed before the command has even loaded content/, like `| head` that has read enough.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
    expect(stderr, 'stderr').toBe('');
    expect({ code, signal }, 'exit').toEqual({ code: 0, signal: null });
  }, 20_000);
});
