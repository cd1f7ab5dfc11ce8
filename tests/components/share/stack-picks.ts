import { screen, within } from '@testing-library/react';

/** The stack as the results cards show it: "slot: service" per card, in page order. */
export async function stackPicks(): Promise<string[]> {
  const cards = await screen.findAllByRole('article');
  return cards.map((card) => {
    const slot = within(card).getByRole('heading', { level: 3 }).textContent;
    const service = card.querySelector('strong')?.textContent ?? '';
    return `${slot}: ${service}`;
  });
}
