import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../api/queryClient';
import { jsonResponse } from '../test/fixtures';
import { FilePicker, type FilePickerProps } from './FilePicker';

function renderPicker(props: Partial<FilePickerProps>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = decodeURIComponent(String(input).split('path=')[1] ?? '');
      const entries =
        path === ''
          ? [
              {
                name: 'backups',
                type: 'directory',
                size: null,
                modifiedAt: '2024-05-01T00:00:00Z',
              },
              { name: 'notes.txt', type: 'file', size: 3, modifiedAt: '2024-05-01T00:00:00Z' },
            ]
          : [{ name: 'shop.dump', type: 'file', size: 9, modifiedAt: '2024-05-01T00:00:00Z' }];
      return jsonResponse({ path, entries });
    }),
  );
  const onPick = vi.fn();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <FilePicker mode="open" onPick={onPick} {...props} />
    </QueryClientProvider>,
  );
  return onPick;
}

const entry = (name: string) =>
  screen.findByText(name, { selector: '[data-testid="file-picker-entry"] span' });

describe('FilePicker', () => {
  it('opens a folder and picks an existing file', async () => {
    const onPick = renderPicker({ mode: 'open', filter: (e) => e.name.endsWith('.dump') });

    expect(screen.queryByText('notes.txt')).toBeNull();
    fireEvent.click(await entry('backups'));
    fireEvent.doubleClick(await entry('shop.dump'));

    expect(onPick).toHaveBeenCalledWith({
      path: 'backups/shop.dump',
      folder: 'backups',
      name: 'shop.dump',
      exists: true,
    });
  });

  it('takes a new name in save mode and warns when the name is taken', async () => {
    const onPick = renderPicker({ mode: 'save', initialName: 'notes.txt' });

    await entry('notes.txt');
    expect(screen.getByTestId('file-picker-exists').textContent).toContain('notes.txt');
    fireEvent.change(screen.getByTestId('file-picker-name'), { target: { value: 'new.sql' } });
    expect(screen.queryByTestId('file-picker-exists')).toBeNull();
    fireEvent.click(screen.getByTestId('file-picker-pick'));

    expect(onPick).toHaveBeenCalledWith({
      path: 'new.sql',
      folder: '',
      name: 'new.sql',
      exists: false,
    });
  });

  it('adds the default extension to a name typed without one, and checks that name', async () => {
    const onPick = renderPicker({ mode: 'save', defaultExtension: '.txt' });
    await entry('notes.txt');

    fireEvent.change(screen.getByTestId('file-picker-name'), { target: { value: 'notes' } });
    fireEvent.click(screen.getByTestId('file-picker-pick'));
    fireEvent.change(screen.getByTestId('file-picker-name'), { target: { value: 'report.v2' } });
    fireEvent.click(screen.getByTestId('file-picker-pick'));

    expect(onPick).toHaveBeenNthCalledWith(1, {
      path: 'notes.txt',
      folder: '',
      name: 'notes.txt',
      exists: true,
    });
    expect(onPick).toHaveBeenNthCalledWith(2, {
      path: 'report.v2',
      folder: '',
      name: 'report.v2',
      exists: false,
    });
  });

  it('refuses an existing name when the caller cannot replace it', async () => {
    const onPick = renderPicker({ mode: 'save', initialName: 'notes.txt', allowExisting: false });
    await entry('notes.txt');

    fireEvent.click(screen.getByTestId('file-picker-pick'));

    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('already here'));
    expect(onPick).not.toHaveBeenCalled();
  });

  it('refuses a name the server would refuse', async () => {
    const onPick = renderPicker({ mode: 'save' });
    await entry('notes.txt');

    fireEvent.change(screen.getByTestId('file-picker-name'), { target: { value: '../x' } });
    fireEvent.click(screen.getByTestId('file-picker-pick'));

    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain("'/'"));
    expect(onPick).not.toHaveBeenCalled();
  });

  it('chooses the open folder in folder mode', async () => {
    const onPick = renderPicker({ mode: 'folder' });
    fireEvent.click(await entry('backups'));
    await waitFor(() => expect(screen.queryByText('No folders here.')).not.toBeNull());

    fireEvent.click(screen.getByTestId('file-picker-pick'));

    expect(onPick).toHaveBeenCalledWith({
      path: 'backups',
      folder: 'backups',
      name: '',
      exists: true,
    });
  });
});
