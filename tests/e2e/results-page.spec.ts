import { expect, test, type Locator, type Page } from '@playwright/test';
import { presetAnswers, seedStorage } from './support/app';

const phone = { width: 360, height: 740 };
/** The budget: with every part closed, the results of a seed-stage SaaS fit 8 phone screens. */
const maxScreens = 8;

const texts = {
  en: {
    total: /^\$[\d.,]+ to \$[\d.,]+ a month$/,
    plan: 'Your plan for this week',
    firstStep: 'Decide these today: two-way doors, easy to change later',
    diagram: 'The stack at a glance',
    openAll: 'Open every part',
    print: 'Print a handout',
  },
  ja: {
    total: /^月額 \$[\d.,]+〜\$[\d.,]+$/,
    plan: '今週やること',
    firstStep: '今日のうちに決める（後から変えられる Two-way Door）',
    diagram: 'スタックの全体像',
    openAll: 'すべて開く',
    print: '配布資料を印刷',
  },
} as const;

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on the page');
  return box.y;
}

async function openResults(page: Page, lang: 'en' | 'ja') {
  await page.setViewportSize(phone);
  await seedStorage(page, { lang, answers: presetAnswers('seed-saas') });
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('img', { name: /./ }).first()).toBeVisible();
}

for (const lang of ['en', 'ja'] as const) {
  test(`on a phone in ${lang}, the first screen shows the monthly cost and starts this week's plan`, async ({
    page,
  }) => {
    await openResults(page, lang);
    const t = texts[lang];
    const plan = page.getByRole('region', { name: t.plan });
    const firstStep = plan.getByRole('heading', { level: 3, name: t.firstStep });
    for (const [what, locator] of [
      ['monthly total', page.getByText(t.total)],
      ['plan heading', plan.getByRole('heading', { level: 2 })],
      ['first step', firstStep],
    ] as const) {
      expect(await top(locator), `${what} starts on the first screen`).toBeLessThan(phone.height);
    }
    const diagram = page.getByRole('region', { name: t.diagram });
    expect(await top(diagram), 'the picture follows the plan').toBeGreaterThan(await top(plan));
  });

  test(`on a phone in ${lang}, the results with every part closed fit in ${String(maxScreens)} screens, and open by keyboard`, async ({
    page,
  }, testInfo) => {
    await openResults(page, lang);
    const closed = await page.evaluate(() => document.documentElement.scrollHeight);
    const screens = closed / phone.height;
    testInfo.annotations.push({
      type: 'page height',
      description: `${lang} 360 px, parts closed: ${String(closed)} px = ${screens.toFixed(1)} screens`,
    });
    expect(screens, `${String(closed)} px tall`).toBeLessThanOrEqual(maxScreens);

    const openAll = page.getByRole('button', { name: texts[lang].openAll });
    await openAll.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('article [aria-expanded="false"]')).toHaveCount(0);
    await expect(page.locator('h2[id^="results-"] [aria-expanded="false"]')).toHaveCount(0);
    const open = await page.evaluate(() => document.documentElement.scrollHeight);
    testInfo.annotations.push({
      type: 'page height',
      description: `${lang} 360 px, every part open: ${String(open)} px = ${(open / phone.height).toFixed(1)} screens`,
    });
    expect(open).toBeGreaterThan(closed);
  });
}

/** Pages in a PDF, counted from its page objects (Chromium writes one `/Type /Page` each). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

for (const [what, path] of [
  ['a preset', '/p/seed-saas'],
  ['my own results', '/results'],
] as const) {
  test(`the printed handout of ${what} is the plan, the picture and the picks on a few A4 pages`, async ({
    page,
  }, testInfo) => {
    await seedStorage(page, { lang: 'ja', answers: presetAnswers('seed-saas') });
    await page.goto(path);
    await expect(page.getByRole('button', { name: texts.ja.print })).toBeVisible();
    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('region', { name: texts.ja.plan })).toBeVisible();
    await expect(page.getByRole('region', { name: texts.ja.diagram })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
    for (const [control, locator] of [
      ['the print button', page.getByRole('button', { name: texts.ja.print })],
      ['in-page links', page.getByRole('navigation', { name: 'このページの内容' })],
      ['closed parts', page.getByRole('button', { name: '回答を変えて試す' })],
      ['the export', page.getByRole('button', { name: 'Markdown で書き出す' })],
    ] as const) {
      await expect(locator, `${control} stay off paper`).toBeHidden();
    }

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdfPages(pdf);
    testInfo.annotations.push({
      type: 'handout',
      description: `${what}: ${String(pages)} A4 pages`,
    });
    expect(pages).toBeGreaterThan(0);
    expect(pages, 'a handout, not the whole page').toBeLessThanOrEqual(6);
  });
}
