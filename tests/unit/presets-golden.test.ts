import { describe, expect, it } from 'vitest';
import { advise } from '../../src/domain/advise';
import { adviceDigest } from '../fixtures/advice-digest';
import { content } from '../fixtures/content';

describe('golden advice per preset', () => {
  it.each(content.presets.map((preset) => [preset.id, preset] as const))(
    'preset %s gives the reviewed advice (update with `vitest -u` after a deliberate change)',
    async (id, preset) => {
      await expect(adviceDigest(advise(preset.answers, content))).toMatchFileSnapshot(
        `../golden/advice/${id}.txt`,
      );
    },
  );
});
