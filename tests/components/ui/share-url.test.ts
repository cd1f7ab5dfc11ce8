import { afterEach, describe, expect, it, vi } from 'vitest';
import { presetUrl, shareBaseUrl } from '../../../src/ui/share-url';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("an example team's link", () => {
  it('is the short /<lang>/p/<id>/ address of its prerendered page at the domain root', () => {
    expect(presetUrl('ja', 'seed-saas')).toBe(`${window.location.origin}/ja/p/seed-saas/`);
    expect(presetUrl('en', 'seed-saas')).toBe(`${window.location.origin}/en/p/seed-saas/`);
  });

  it('stays under the sub-path of a BASE_PATH build', () => {
    vi.stubEnv('BASE_URL', '/advisor/');
    expect(presetUrl('en', 'seed-saas')).toBe(`${window.location.origin}/advisor/en/p/seed-saas/`);
  });
});

describe('a share link', () => {
  it('opens in the language it was copied in', () => {
    expect(shareBaseUrl('ja')).toBe(`${window.location.origin}/ja/s`);
  });
});
