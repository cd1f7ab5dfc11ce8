import { afterEach, describe, expect, it, vi } from 'vitest';
import { presetUrl } from '../../../src/ui/share-url';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("an example team's link", () => {
  it('is the short /p/<id> address at the domain root', () => {
    expect(presetUrl('seed-saas')).toBe(`${window.location.origin}/p/seed-saas`);
  });

  it('stays under the sub-path of a BASE_PATH build', () => {
    vi.stubEnv('BASE_URL', '/advisor/');
    expect(presetUrl('seed-saas')).toBe(`${window.location.origin}/advisor/p/seed-saas`);
  });
});
