import { describe, expect, it } from 'vitest';
import { downloadName, saveAsStart, tabTitle } from './sqlFiles';

describe('Query Tool files', () => {
  it('titles a tab by its file once it has one, and marks text not saved', () => {
    expect(tabTitle(undefined, 'shop', 'Query 3 · shop', false)).toBe('Query 3 · shop');
    expect(tabTitle(undefined, 'shop', 'Query 3 · shop', true)).toBe('Query 3 · shop •');
    expect(tabTitle('reports/monthly.sql', 'shop', 'Query 3 · shop', false)).toBe(
      'monthly.sql · shop',
    );
    expect(tabTitle('monthly.sql', 'shop', 'Query 3 · shop', true)).toBe('monthly.sql · shop •');
  });

  it('starts Save as beside the file under its name, or at the top as query.sql', () => {
    expect(saveAsStart('reports/2024/monthly.sql')).toEqual({
      folder: 'reports/2024',
      name: 'monthly.sql',
    });
    expect(saveAsStart('top.sql')).toEqual({ folder: '', name: 'top.sql' });
    expect(saveAsStart(undefined)).toEqual({ folder: '', name: 'query.sql' });
  });
});

describe('downloadName', () => {
  it('names downloads after the file without .sql, or after the tab, never with the unsaved mark', () => {
    expect(downloadName('reports/monthly.sql', 'Query 1 · shop')).toBe('monthly');
    expect(downloadName(undefined, 'Query 1 · shop')).toBe('Query 1 · shop');
  });
});
