import { expect, test } from '@playwright/test';
import { measureTargets } from './support/measure-targets';
import { appScreens, openScreen } from './support/screens';
import { minimumTargetSize, undersizedTargets } from './support/target-size';

/**
 * WCAG 2.2 SC 2.5.8 Target Size (Minimum) on a 360 px phone: every visible control is at least
 * 24 × 24 CSS px. The only exemption taken is the SC's inline one, and only for a link whose parent
 * is a text block with words of its own (a link inside a sentence); a link standing alone in a
 * list or a paragraph must be large enough. The SC's spacing exception is not taken (see
 * `undersizedTargets`).
 */
test.use({ viewport: { width: 360, height: 740 } });

for (const lang of ['en', 'ja'] as const) {
  for (const screen of appScreens) {
    test(`every control on ${screen.name} is a large enough target in ${lang}`, async ({
      page,
    }) => {
      await openScreen(page, lang, screen);
      const targets = await measureTargets(page, screen.name);
      expect(targets.length, 'controls were measured').toBeGreaterThan(0);
      expect(undersizedTargets(targets).map((target) => target.name)).toEqual([]);
      // The links exempted as part of a sentence, for a reviewer to see in the report.
      for (const { name, box, inSentence } of targets) {
        if (inSentence && (box.width < minimumTargetSize || box.height < minimumTargetSize))
          test.info().annotations.push({ type: 'link in a sentence', description: name });
      }
    });
  }
}
