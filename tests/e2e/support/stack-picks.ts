import type { Page } from '@playwright/test';

/** The stack as the results cards show it: "slot: service" per card, in page order. */
export async function stackPicks(page: Page): Promise<string[]> {
  const cards = page.locator('main article');
  await cards.first().waitFor();
  return cards.evaluateAll((articles) =>
    articles.map(
      (article) =>
        `${article.querySelector('h3 button > span:first-child')?.textContent ?? ''}: ${article.querySelector('h3 button > span:last-child')?.textContent ?? ''}`,
    ),
  );
}
