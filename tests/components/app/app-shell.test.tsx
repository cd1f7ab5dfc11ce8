import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppLayout } from '../../../src/app/app-layout';
import { ErrorRoute } from '../../../src/app/routes/error-route';
import { answersStorageKey, useAnswersStore } from '../../../src/stores/answers-store';
import { renderApp } from '../render-app';

describe('app shell', () => {
  it('has a header with the title, the main navigation and a skip link', async () => {
    await renderApp('/review');
    expect(screen.getByRole('link', { name: 'Startup Stack Advisor' })).toHaveAttribute(
      'href',
      '/en/',
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toHaveTextContent('QuestionsReviewResults');
    expect(screen.getByRole('link', { name: 'Review' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
  });

  it('shows a way home for an unknown address', async () => {
    const { user, location } = await renderApp('/no/such/page');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Go to the start page' }));
    expect(location().pathname).toBe('/');
  });

  it('tells the user when saved answers could not be read, until dismissed', async () => {
    localStorage.setItem(answersStorageKey, '{"state": {"answers": ');
    await useAnswersStore.persist.rehydrate();
    const { user } = await renderApp('/');

    expect(screen.getByText(/Your saved answers could not be read/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });

  it('says how many saved answers were dropped when some were recovered', async () => {
    localStorage.setItem(
      answersStorageKey,
      JSON.stringify({ state: { answers: { stage: 'seed', team: 'huge' } }, version: 1 }),
    );
    await useAnswersStore.persist.rehydrate();
    await renderApp('/');
    expect(screen.getByText(/restored your saved answers, but 1 could not be read/)).toBeVisible();
  });

  it('says the next page is loading while its code is on the way', async () => {
    const router = createMemoryRouter([
      {
        path: '/',
        element: <AppLayout />,
        children: [
          { index: true, element: <Link to="/slow">Slow page</Link> },
          // A connection that never delivers the page's code.
          { path: 'slow', lazy: () => new Promise<never>(() => undefined) },
        ],
      },
    ]);
    const user = userEvent.setup();
    render(<RouterProvider router={router} />);

    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Slow page' }));
    expect(await screen.findByText('Loading…')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
  });

  it('shows a friendly error with a way back when a page fails, keeping the answers', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useAnswersStore.setState({ answers: { stage: 'seed' } });
    function Broken(): never {
      throw new Error('boom');
    }
    const router = createMemoryRouter([
      { path: '/', element: <Broken />, errorElement: <ErrorRoute /> },
    ]);
    render(<RouterProvider router={router} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute(
      'href',
      '/en/',
    );
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(useAnswersStore.getState().answers).toEqual({ stage: 'seed' });
  });
});
