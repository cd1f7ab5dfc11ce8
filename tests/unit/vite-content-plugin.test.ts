import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentPlugin } from '../../src/node/vite-content-plugin';

const dir = mkdtempSync(join(tmpdir(), 'content-'));
cpSync(fileURLToPath(new URL('../../content', import.meta.url)), dir, { recursive: true });
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The plugin's load hook as Vite calls it, with the error Vite would show. */
function load(id: string): unknown {
  const hook = contentPlugin(dir).load;
  if (typeof hook !== 'function') throw new Error('the content plugin loads with a plain function');
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  return hook.call(context as unknown as ThisParameterType<typeof hook>, `\0${id}`);
}

describe('the build with broken content', () => {
  it('fails with the file named, not a stack trace from the YAML parser', () => {
    appendFileSync(join(dir, 'services/activate.yaml'), 'ref: *nowhere\n');
    expect(() => load('virtual:content/outline')).toThrow(
      'content/ is invalid:\n  - services/activate.yaml: YAML syntax: Unresolved alias (the anchor must be set before the alias): nowhere',
    );
  });
});
