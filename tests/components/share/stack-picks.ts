import { screen } from '@testing-library/react';

/**
 * The stack as the results cards show it, closed: "slot: services" per card, in page order, the
 * services as the card lists them (short names, "A, B, and C" for a set).
 */
export async function stackPicks(): Promise<string[]> {
  const cards = await screen.findAllByRole('article');
  return cards.map((card) => {
    const [slot, services] = [...card.querySelectorAll('h3 button > span')].map(
      (span) => span.textContent,
    );
    return `${slot ?? ''}: ${services ?? ''}`;
  });
}
