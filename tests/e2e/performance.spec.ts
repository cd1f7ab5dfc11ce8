import { expect, test } from '@playwright/test';
import { presetAnswers, seedStorage } from './support/app';

test('changing an answer on the results page updates the results in under 100 ms (median)', async ({
  page,
}) => {
  await seedStorage(page, { lang: 'en', answers: presetAnswers('seed-saas') });
  await page.goto('/results');
  const select = page.getByRole('combobox').first();
  await expect(select).toBeVisible();

  // From the change event to the next frame after React committed the new results: the time the
  // user waits to see them. Measured in the page, so Playwright's own round trips do not count.
  const measure = () =>
    select.evaluate(async (element: HTMLSelectElement) => {
      const next = [...element.options].find((option) => !option.selected && option.value);
      if (!next) throw new Error('no other answer to pick');
      const results = document.querySelector('main') ?? document.body;
      const changed = new Promise<void>((resolve) => {
        new MutationObserver((_, observer) => {
          observer.disconnect();
          resolve();
        }).observe(results, { subtree: true, childList: true, characterData: true });
      });
      performance.mark('what-if-start');
      element.value = next.value;
      element.dispatchEvent(new Event('change', { bubbles: true }));
      await changed;
      await new Promise(requestAnimationFrame);
      return performance.measure('what-if', 'what-if-start').duration;
    });
  const first = await measure();
  // Several warmed changes (the select goes back and forth): one sample on a busy two-core machine
  // says more about the machine than the page, so the bound applies to their median.
  const warmed: number[] = [];
  for (let i = 0; i < 5; i += 1) warmed.push(await measure());
  const median = [...warmed].sort((a, b) => a - b)[Math.floor(warmed.length / 2)] ?? Infinity;
  console.log(`first what-if change (includes warming up): ${first.toFixed(1)} ms`);
  console.log(
    `what-if change to updated results: median ${median.toFixed(1)} ms ` +
      `(${warmed.map((ms) => ms.toFixed(1)).join(', ')})`,
  );
  // One frame is 16.7 ms at 60 Hz; the bound is generous so a busy CI machine does not flake.
  expect(median).toBeLessThan(100);
});
