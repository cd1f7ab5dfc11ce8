import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

/** The rules that the project's own lint config reports for `text` if it were the file at `path`. */
async function layerErrors(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path });
  return (result?.messages ?? [])
    .filter((message) => message.severity === 2)
    .map((message) => message.ruleId ?? message.message);
}

describe('lint keeps src/domain pure', () => {
  it.each([
    ['src/domain/answers.ts', "import { useAnswersStore } from '../stores/answers-store';"],
    ['src/domain/answers.ts', "import { useLang } from '../i18n/use-localize';"],
    ['src/domain/share-link/decode-share-link.ts', "import { routes } from '../../app/routes';"],
    ['src/domain/answers.ts', "export { contentPlugin } from '../node/vite-content-plugin';"],
  ])('refuses %s importing the app: %s', async (path, line) => {
    expect(await layerErrors(path, `${line}\nexport const x = 1;\n`)).toContain(
      'import-x/no-restricted-paths',
    );
  });

  it.each([
    "import catalog from 'virtual:content/catalog';",
    "import { useState } from 'react';",
    "import { create } from 'zustand';",
    "import { readFileSync } from 'node:fs';",
    "import { marked } from 'marked';",
  ])('refuses a package outside its allowlist: %s', async (line) => {
    expect(await layerErrors('src/domain/answers.ts', `${line}\nexport const x = 1;\n`)).toContain(
      'no-restricted-imports',
    );
  });

  it('allows zod, yaml and the domain itself', async () => {
    const text = [
      "import { z } from 'zod';",
      "import { parse } from 'yaml';",
      "import { showUntrusted } from './show-untrusted';",
      'export const x = [z, parse, showUntrusted];',
      '',
    ].join('\n');
    expect(await layerErrors('src/domain/answers.ts', text)).toEqual([]);
  });

  it('refuses an import cycle', async () => {
    // read-yaml.ts imports show-untrusted.ts, so this import closes a loop.
    const text = "import { readYaml } from './read-yaml';\nexport const x = readYaml;\n";
    expect(await layerErrors('src/domain/show-untrusted.ts', text)).toContain('import-x/no-cycle');
  });
});
