// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { renderEveryStageAtOnce } from '../../../src/ui/staged-rendering';
import { presetAnswers, renderResults } from './render-results';

const diagramName = 'Architecture of the recommended stack';

describe('the results page in stages, as a browser renders it', () => {
  beforeEach(() => {
    renderEveryStageAtOnce(false);
  });
  afterEach(() => {
    renderEveryStageAtOnce(true);
  });

  test('shows the header, every part heading and the plan first; the picture and the picks follow', async () => {
    renderResults(presetAnswers('seed-saas'), { collapsed: true });
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings, 'every heading, in reading order, from the first render').toHaveLength(9);
    const plan = screen.getByRole('region', { name: 'Your plan for this week' });
    expect(within(plan).getAllByRole('listitem').length, 'the plan').toBeGreaterThan(0);
    expect(screen.queryByRole('img', { name: diagramName }), 'no picture yet').toBeNull();
    expect(screen.queryAllByRole('article'), 'no picks yet').toHaveLength(0);

    expect(await screen.findByRole('img', { name: diagramName })).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
    });
    expect(screen.getAllByRole('heading', { level: 2 }), 'the same headings').toEqual(headings);
  });

  test('following a link to a later part renders every part at once and moves focus there', () => {
    renderResults(presetAnswers('seed-saas'), { collapsed: true });
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Every pick, explained' }));
    expect(screen.getAllByRole('article').length, 'the picks, at once').toBeGreaterThan(0);
    expect(screen.getByRole('img', { name: diagramName }), 'the picture above them').toBeVisible();
    expect(screen.getByRole('heading', { name: 'Every pick, explained' })).toHaveFocus();
  });

  test('printing renders every part before the print layout is made', () => {
    renderResults(presetAnswers('seed-saas'), { collapsed: true });
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByRole('img', { name: diagramName })).toBeInTheDocument();
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
  });
});
