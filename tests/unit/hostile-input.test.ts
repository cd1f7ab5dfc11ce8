import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  cpSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/domain/show-untrusted';
import { billionLaughs, manyAliases } from '../fixtures/hostile-yaml';

/**
 * The command line and the content checker as an attacker meets them: each case runs the real
 * script once, in its own process, with a heap capped at 256 MB (a blow-up ends in a crash, not a
 * pass), and expects exit code 2, a bounded time and a short message with no stack trace and
 * nothing a terminal would obey.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Generous: one case takes about a second, several on a loaded two-core machine. */
const maxSeconds = 20;

interface Run {
  code: number | null;
  signal: string | null;
  stderr: string;
  stdout: string;
  seconds: number;
}

async function run(
  script: 'advise' | 'check-content',
  args: string[],
  stdin?: number,
): Promise<Run> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=256', '--import', 'tsx', `scripts/${script}.ts`, ...args],
    { cwd: root, stdio: [stdin ?? 'ignore', 'pipe', 'pipe'] },
  );
  // Piped, as asked above; the stdio tuple with a file descriptor in it loses that in the types.
  if (!child.stdout || !child.stderr) throw new Error('stdout and stderr are pipes');
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
  return { code, signal, stdout, stderr, seconds: (performance.now() - started) / 1000 };
}

/** Exit 2, in time, nothing on stdout, and a short message a terminal shows as it is. */
function expectRefused(result: Run, message: RegExp): void {
  expect({ code: result.code, signal: result.signal }, result.stderr).toEqual({
    code: 2,
    signal: null,
  });
  expect(result.seconds, 'seconds').toBeLessThan(maxSeconds);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(message);
  expect(result.stderr, 'no stack trace').not.toMatch(/^\s+at |node:internal/m);
  expect(result.stderr.length, 'a short message').toBeLessThan(2000);
  const lines = result.stderr.split('\n');
  expect(lines.map(escapeControls), 'nothing a terminal would obey').toEqual(lines);
}

function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

describe('the advise command with hostile input', () => {
  it('refuses a key flood over the size limit at once', async () => {
    const keys = Object.fromEntries(Array.from({ length: 80_000 }, (_, i) => [`key${i}`, 'v']));
    const result = await run('advise', ['--answers', file('flood.json', JSON.stringify(keys))]);
    expectRefused(
      result,
      /^advise: cannot read answers from .*flood\.json: larger than the 64 KB limit\n$/,
    );
  });

  it('reads a key flood under the limit in linear time and lists ten problems', async () => {
    const yaml = Array.from({ length: 5000 }, (_, i) => `k${i}: v`).join('\n');
    const result = await run('advise', ['--answers', file('flood.yaml', yaml)]);
    expectRefused(result, /has 5000 problem\(s\):\n( {2}- .*\n){10} {2}… and 4990 more\n$/);
  });

  it('refuses a 56 MB file without reading it', async () => {
    const path = file('huge.json', '');
    truncateSync(path, 56 * 1024 * 1024);
    expectRefused(await run('advise', ['--answers', path]), /larger than the 64 KB limit\n$/);
  });

  it('stops reading an endless standard input at the limit', async () => {
    const zero = openSync('/dev/zero', 'r');
    expectRefused(
      await run('advise', ['--answers', '-'], zero),
      /^advise: cannot read answers from stdin: larger than the 64 KB limit\n$/,
    );
  });

  it('refuses an alias bomb and an alias to a missing anchor', async () => {
    expectRefused(
      await run('advise', ['--answers', file('laughs.yaml', billionLaughs())]),
      /Excessive alias count/,
    );
    expectRefused(
      await run('advise', ['--answers', file('anchor.yaml', 'stage: *nowhere\n')]),
      /Unresolved alias .*: nowhere\n$/,
    );
  });

  it('escapes control characters from the answers it quotes', async () => {
    // The arguments' own messages are escaped the same way (tests/unit/advise-cli.test.ts).
    const answers = file(
      'escape.json',
      JSON.stringify({ '\u001b]0;pwned\u0007\u001b[2J': 'seed', stage: '\u009b31m\u202e' }),
    );
    expectRefused(
      await run('advise', ['--answers', answers]),
      /unknown question id "\\u001b]0;pwned\\u0007\\u001b\[2J"\n {2}- "\\u009b31m\\u202e" is not an option/,
    );
  });

  it('refuses invalid UTF-8 instead of reading U+FFFD', async () => {
    const path = file('latin1.yaml', Buffer.from('stage: seed\nteam: caf\xe9\n', 'latin1'));
    expectRefused(await run('advise', ['--answers', path]), /not UTF-8 text \(line 2\)/);
  });

  it('treats a path in --preset as an unknown preset id, reading no file', async () => {
    const result = await run('advise', ['--preset', '../../../../etc/passwd']);
    expectRefused(
      result,
      /^advise: unknown preset "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd"; known presets: /,
    );
    expect(result.stderr).not.toContain('root:');
  });
});

describe('check:content with hostile content', () => {
  /** A copy of content/ with one file replaced (or added), checked by the real script. */
  async function checkWith(path: string, text: string | Buffer): Promise<Run> {
    const dir = mkdtempSync(join(work, 'content-'));
    cpSync(join(root, 'content'), dir, { recursive: true });
    writeFileSync(join(dir, path), text);
    return run('check-content', [dir]);
  }
  const activate = readFileSync(join(root, 'content/services/activate.yaml'));

  it('names the file of an alias to a missing anchor', async () => {
    expectRefused(
      await checkWith(
        'services/activate.yaml',
        Buffer.concat([activate, Buffer.from('ref: *nowhere\n')]),
      ),
      /^content\/ has 1 problem\(s\):\n {2}- services\/activate\.yaml: YAML syntax: Unresolved alias .*: nowhere\n$/,
    );
  });

  it('names the file of an alias bomb', async () => {
    expectRefused(
      await checkWith('stages.yaml', manyAliases(150)),
      /stages\.yaml: YAML syntax: Excessive alias count/,
    );
  });

  it('names the file and the line of invalid UTF-8', async () => {
    const broken = Buffer.from(
      activate.toString('utf8').replace('AWS Activate', 'AWS \uFFFFActivate'),
    );
    broken[broken.indexOf(0xef)] = 0xff;
    expectRefused(
      await checkWith('services/activate.yaml', broken),
      /services\/activate\.yaml: not UTF-8 text \(line \d+\)/,
    );
  });

  it('refuses a 2 MB file and a key flood, listing ten problems', async () => {
    expectRefused(
      await checkWith(
        'services/huge.yaml',
        `id: huge\ndocs: 'https://e.example/${'x'.repeat(2 * 1024 * 1024)}'\n`,
      ),
      /services\/huge\.yaml: larger than the 1 MB limit/,
    );
    const flood = await checkWith('stages.yaml', 'k: 1\n'.repeat(40_000));
    expectRefused(flood, /content\/ has 11 problem\(s\):/);
  });

  it('escapes control characters a content file holds', async () => {
    const text = `${activate.toString('utf8')}"\\e]0;pwned\\a": 1\n`;
    expectRefused(
      await checkWith('services/activate.yaml', text),
      /unknown field\(s\): \\u001b]0;pwned\\u0007/,
    );
  });
});
