import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../../src/ui/update-prompt';

describe('update prompt', () => {
  it('shows nothing while no new version is waiting', () => {
    render(<UpdatePrompt needRefresh={false} onReload={vi.fn()} onDismiss={vi.fn()} />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers the new version, says the answers are kept, and reloads or waits on request', async () => {
    const onReload = vi.fn();
    const onDismiss = vi.fn();
    render(<UpdatePrompt needRefresh onReload={onReload} onDismiss={onDismiss} />);

    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of the advisor is available. Your answers are kept.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload, 'Reload').toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(onDismiss, 'Later').toHaveBeenCalledOnce();
  });
});
