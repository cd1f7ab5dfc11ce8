import { expect, test, type Locator } from '@playwright/test';
import { presetAnswers, seedStorage } from './support/app';

const phone = { width: 360, height: 740 };

const texts = {
  en: {
    region: 'Monthly cost estimate',
    total: /^\$[\d.,]+ to \$[\d.,]+ a month$/,
    floor: /a month even with no traffic$/,
    runway: /Your credits last/,
  },
  ja: {
    region: '月額費用の見積もり',
    total: /^月額 \$[\d.,]+〜\$[\d.,]+$/,
    floor: /^トラフィックがなくても毎月/,
    runway: /クレジットは/,
  },
} as const;

/** The element is drawn entirely within the first screen, without scrolling. */
async function expectOnFirstScreen(locator: Locator, what: string) {
  await expect(locator, what).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(
    (box?.y ?? Infinity) + (box?.height ?? 0),
    `${what} ends within the first screen`,
  ).toBeLessThanOrEqual(phone.height);
}

for (const lang of ['en', 'ja'] as const) {
  test(`a founder on a phone sees the monthly total, the floor and the credits runway first, in ${lang}`, async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    await seedStorage(page, { lang, answers: { ...presetAnswers('seed-saas'), credits: '1k' } });
    await page.goto('/results');
    const cost = page.getByRole('region', { name: texts[lang].region });
    await expectOnFirstScreen(cost.getByText(texts[lang].total), 'monthly total');
    await expectOnFirstScreen(cost.getByText(texts[lang].floor), 'floor at zero traffic');
    await expectOnFirstScreen(cost.getByText(texts[lang].runway), 'credits runway');
  });
}
