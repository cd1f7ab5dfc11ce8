import { describe, expect, it } from 'vitest';
import { advise } from '../../src/domain/advise';
import { inLanguage } from '../../src/domain/in-language';
import { content } from '../fixtures/content';

describe('golden advice per preset', () => {
  it.each(content.presets.map((preset) => [preset.id, preset] as const))(
    'preset %s gives the reviewed advice (update with `vitest -u` after a deliberate change)',
    async (id, preset) => {
      const advice = inLanguage(advise(preset.answers, content), 'en');
      await expect(`${JSON.stringify(advice, null, 2)}\n`).toMatchFileSnapshot(
        `../golden/advice/${id}.en.json`,
      );
    },
  );
});
