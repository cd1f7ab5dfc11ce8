import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seedStorage } from './support/app';

/**
 * The prerendered pages (src/prerender/): each paints from its HTML before any script runs, and
 * React takes that markup over without changing it. Production React repairs a mismatch quietly
 * (or not at all, for an attribute), so besides any hydration error the test compares the markup
 * itself: the prerendered `#root` against the browser's own first render of the same address.
 */
const pages = [
  '/en/',
  '/ja/',
  '/en/questions/stage-and-team/',
  '/ja/questions/stage-and-team/',
  '/en/p/seed-saas/',
  '/ja/p/seed-saas/',
  '/ja/p/later-fintech-ledger/',
];

/** The app's single-page shell, which renders every page in the browser. */
const shell = readFileSync('dist/index.html', 'utf8');

/** `#root`'s markup when the first page has committed (src/main.tsx marks `app:interactive`). */
async function markupAtFirstCommit(page: Page): Promise<string> {
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      if (name === 'app:interactive') {
        document.documentElement.dataset.firstCommit =
          document.getElementById('root')?.innerHTML ?? '';
      }
      return mark(name, options);
    };
  });
  await page.waitForFunction(() => document.documentElement.dataset.firstCommit !== undefined);
  return page.evaluate(() => document.documentElement.dataset.firstCommit ?? '');
}

/**
 * React's `useId` differs by design between a hydrated tree (`_R_2sp_`, from the position in the
 * tree) and one the browser renders itself (`_r_0_`, a counter): each id becomes its order of
 * first appearance, so the markup compares and the references between elements still do.
 */
function withIdsInOrder(html: string): string {
  const ids = new Map<string, string>();
  return html.replace(/_[rR]_[^_"\s]*_/g, (id) => {
    if (!ids.has(id)) ids.set(id, `id-${ids.size}`);
    return ids.get(id) ?? id;
  });
}

/**
 * Markup as the DOM it makes, written one way: attributes sorted (React sets an input's `type`
 * first when it creates the element, and in source order when it renders to a string) and
 * without the empty comments a string render puts between adjacent texts.
 */
function canonical(page: Page, html: string): Promise<string> {
  return page.evaluate((markup) => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    const write = (node: Node): string => {
      if (node instanceof Text) return node.data;
      if (!(node instanceof Element)) return '';
      const attributes = [...node.attributes]
        .map((attribute) => `${attribute.name}="${attribute.value}"`)
        .sort()
        .join(' ');
      return `<${node.localName} ${attributes}>${[...node.childNodes].map(write).join('')}</${node.localName}>`;
    };
    return [...template.content.childNodes].map(write).join('');
  }, html);
}

/** Whatever the console or the page reports as wrong while it loads. */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

for (const path of pages) {
  test(`${path} paints from HTML and hydrates without a change`, async ({ page, request }) => {
    const served = await (await request.get(path)).text();
    expect(served, 'the page is in the HTML').toMatch(/<div id="root"><a href="#main"/);
    expect(served, 'no module before the first paint').not.toMatch(
      /<script type="module"|rel="modulepreload"/,
    );
    const lang = path.slice(1, 3);
    expect(served).toContain(`<html lang="${lang}">`);

    // Visitors with something saved render their own state after hydration, not in it.
    await seedStorage(page, { lang: lang === 'ja' ? 'en' : 'ja' });
    const problems = problemsOf(page);
    const stylesheetsFetched: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.css')) stylesheetsFetched.push(pathname);
    });
    const hydrated = markupAtFirstCommit(page);
    await page.goto(path);
    const prerendered = /<div id="root">([\s\S]*)<\/div>\s*<\/body>/.exec(served)?.[1] ?? '';
    expect(await canonical(page, await hydrated), 'React kept the prerendered markup').toBe(
      await canonical(page, prerendered),
    );
    await page.waitForLoadState('networkidle');
    const carried = [...served.matchAll(/<link rel="stylesheet" disabled href="([^"]+)">/g)].map(
      (match) => match[1],
    );
    expect(carried, 'the page carries its CSS').not.toEqual([]);
    expect(
      stylesheetsFetched.filter((file) => carried.includes(file)),
      'neither the page nor its code fetches the CSS it carries',
    ).toEqual([]);

    const clientPage = await page.context().newPage();
    await clientPage.route(`**${path}`, (route) =>
      route.fulfill({ body: shell, contentType: 'text/html' }),
    );
    const rendered = markupAtFirstCommit(clientPage);
    await clientPage.goto(path);
    expect(
      await canonical(page, withIdsInOrder(await rendered)),
      'the browser renders what was prerendered',
    ).toBe(await canonical(page, withIdsInOrder(prerendered)));
    expect(problems, 'no hydration error or warning').toEqual([]);
  });
}

test('a page the visitor has answers for renders them after hydration', async ({ page }) => {
  await seedStorage(page, { answers: { stage: 'seed', team: 'solo' } });
  const problems = problemsOf(page);
  await page.goto('/en/');
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('an old link without a language opens the page in the language chosen last', async ({
  page,
}) => {
  await seedStorage(page, { lang: 'ja' });
  await page.goto('/p/seed-saas#cost');
  await expect(page).toHaveURL(/\/ja\/p\/seed-saas#cost$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});
