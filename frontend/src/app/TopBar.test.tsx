import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { productionDeployment, stagingDeployment } from '../test/fixtures';
import { TopBar } from './TopBar';

function renderTopBar(deployment = stagingDeployment) {
  const onOpenProcesses = vi.fn();
  const onOpenStorage = vi.fn();
  render(
    <TopBar
      deployment={deployment}
      onOpenProcesses={onOpenProcesses}
      onOpenStorage={onOpenStorage}
    />,
  );
  return { onOpenProcesses, onOpenStorage };
}

describe('TopBar', () => {
  it('marks production unmistakably: red strip and a READ-ONLY badge', () => {
    renderTopBar(productionDeployment);

    const strip = screen.getByTestId('deployment-strip');
    expect(strip.className).toContain('deployment-strip');
    expect(strip.style.backgroundColor).toBe('rgb(185, 28, 28)');
    expect(strip.textContent).toContain('READ-ONLY');

    expect(screen.getByTestId('readonly-badge').textContent).toContain('READ-ONLY');
    expect(screen.getByTestId('environment-badge').textContent).toBe('Production');
    expect(screen.getByTestId('impact-level-badge').textContent).toBe('IL5');
    expect(screen.queryByText('orders-prod')).not.toBeNull();
    expect(screen.queryByText('bob')).not.toBeNull();
  });

  it('keeps production red even if the server sends another colour', () => {
    renderTopBar({ ...productionDeployment, banner: { text: 'PROD', color: 'green' } });
    expect(screen.getByTestId('deployment-strip').style.backgroundColor).toBe('rgb(185, 28, 28)');
  });

  it('shows staging with the server colour and no READ-ONLY badge when writes are allowed', () => {
    renderTopBar(stagingDeployment);

    const strip = screen.getByTestId('deployment-strip');
    expect(strip.style.backgroundColor).toBe('rgb(245, 158, 11)');
    expect(strip.textContent).toBe('STAGING');
    expect(screen.queryByTestId('readonly-badge')).toBeNull();
    expect(screen.getByTestId('environment-badge').textContent).toBe('Staging');
    expect(screen.getByTestId('impact-level-badge').textContent).toBe('IL2');
  });

  it('shows READ-ONLY in staging too when the deployment forbids writes', () => {
    renderTopBar({
      ...stagingDeployment,
      capabilities: { ...stagingDeployment.capabilities, write: false },
    });
    expect(screen.queryByTestId('readonly-badge')).not.toBeNull();
  });

  it('opens Processes and Storage', () => {
    const { onOpenProcesses, onOpenStorage } = renderTopBar();
    fireEvent.click(screen.getByTestId('open-processes'));
    fireEvent.click(screen.getByTestId('open-storage'));
    expect(onOpenProcesses).toHaveBeenCalledTimes(1);
    expect(onOpenStorage).toHaveBeenCalledTimes(1);
  });

  it('logs out with a form POST to /logout carrying _csrf from the XSRF-TOKEN cookie', () => {
    document.cookie = 'XSRF-TOKEN=csrf-42; path=/';
    renderTopBar();

    const button = screen.getByTestId('logout');
    const form = button.closest('form')!;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('/logout');

    let submitted: Record<string, string> | undefined;
    // Runs after React's handler (the event bubbles past the root); stops jsdom navigating.
    const capture = (event: Event) => {
      submitted = Object.fromEntries(new FormData(event.target as HTMLFormElement)) as Record<
        string,
        string
      >;
      event.preventDefault();
    };
    document.addEventListener('submit', capture);
    try {
      fireEvent.click(button);
    } finally {
      document.removeEventListener('submit', capture);
    }
    expect(submitted).toEqual({ _csrf: 'csrf-42' });
    expect(within(form).getByRole('button', { name: /log out/i })).toBe(button);
  });
});
