import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  chromiumCandidates,
  findChromium,
  missingChromiumMessage,
} from '../../tests/e2e/support/find-chromium';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('finding a Chromium for the browser tests', () => {
  it("looks at CHROMIUM_PATH alone when set, else Playwright's own before the system's", () => {
    expect(chromiumCandidates({ CHROMIUM_PATH: '/opt/chrome' })).toEqual(['/opt/chrome']);
    const candidates = chromiumCandidates({});
    expect(candidates.slice(1)).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser']);
    expect(candidates[0], "Playwright's own").toMatch(/ms-playwright/);
  });

  it('takes the first that exists', () => {
    const there = new Set(['/usr/bin/chromium-browser', '/usr/bin/chromium']);
    expect(
      findChromium(['/a', '/usr/bin/chromium', '/usr/bin/chromium-browser'], (path) =>
        there.has(path),
      ),
    ).toBe('/usr/bin/chromium');
    expect(findChromium(['/a', '/b'], () => false)).toBeUndefined();
  });

  it('names where it looked and the exact command to install one', () => {
    expect(missingChromiumMessage(['/a', '/b'], false)).toContain('found none at /a, /b.');
    expect(missingChromiumMessage(['/a'], false)).toContain(
      '  sudo apt-get update && sudo apt-get install -y chromium fonts-ipafont-gothic\n',
    );
    expect(missingChromiumMessage(['/a'], true)).toContain(
      '  apt-get update && apt-get install -y chromium fonts-ipafont-gothic\n',
    );
  });

  it('stops `playwright test` at once, before building anything, when there is none', () => {
    const result = spawnSync(
      process.execPath,
      ['node_modules/@playwright/test/cli.js', 'test', 'tests/e2e/csp.spec.ts'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: '/no/such/chromium' } },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('found none at /no/such/chromium.');
    expect(result.stderr).toContain('apt-get install -y chromium fonts-ipafont-gothic');
    // The config stops before the web servers start: no build ran, and no stack trace is printed.
    expect(result.stdout + result.stderr).not.toMatch(/vite|building| {4}at /);
  }, 30_000);
});
