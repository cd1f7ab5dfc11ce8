import { accessSync, constants } from 'node:fs';
import { chromium } from '@playwright/test';

/** The command that installs what the browser tests need on Debian, as `.ci/run` does. */
export function installCommand(asRoot: boolean): string {
  const sudo = asRoot ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y chromium fonts-ipafont-gothic`;
}

/**
 * Where a Chromium may be, best first: `CHROMIUM_PATH` when set (any Chromium or Chrome), then
 * Playwright's own (`npx playwright install chromium`, the usual choice on a laptop), then the
 * system's (Debian's `chromium`, Ubuntu's `chromium-browser`).
 */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.CHROMIUM_PATH) return [env.CHROMIUM_PATH];
  return [chromium.executablePath(), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first Chromium that is there, or undefined. */
export function findChromium(
  candidates: readonly string[] = chromiumCandidates(),
  exists: (path: string) => boolean = isExecutable,
): string | undefined {
  return candidates.find(exists);
}

/** What to tell someone who has none: where we looked and the exact command to install one. */
export function missingChromiumMessage(candidates: readonly string[], asRoot: boolean): string {
  return [
    `The browser tests need Chromium and found none at ${candidates.join(', ')}.`,
    'Install it (with the font that makes the Japanese screenshots legible), then run them again:',
    `  ${installCommand(asRoot)}`,
    'or, where apt-get is not available, Playwright’s own: npx playwright install chromium',
  ].join('\n');
}
