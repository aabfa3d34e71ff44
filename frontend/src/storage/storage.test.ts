import { describe, expect, it } from 'vitest';
import type { StorageEntry } from './api';
import { formatAge, formatBytes } from './format';
import { baseName, breadcrumbs, joinPath, nameProblem, parentPath } from './paths';
import { nextSort, sortEntries } from './sort';

const entry = (
  name: string,
  type: StorageEntry['type'],
  size: number | null,
  modifiedAt: string,
): StorageEntry => ({ name, type, size, modifiedAt });

const entries = [
  entry('b.dump', 'file', 300, '2024-01-03T00:00:00Z'),
  entry('file10.sql', 'file', 20, '2024-01-01T00:00:00Z'),
  entry('archive', 'directory', null, '2024-01-05T00:00:00Z'),
  entry('file9.sql', 'file', 1000, '2024-01-02T00:00:00Z'),
  entry('Backups', 'directory', null, '2024-01-04T00:00:00Z'),
];

describe('storage paths', () => {
  it('joins, splits and lists the folders down to a path', () => {
    expect(joinPath('', 'a.sql')).toBe('a.sql');
    expect(joinPath('backups/2024', 'a.sql')).toBe('backups/2024/a.sql');
    expect(parentPath('backups/2024/a.sql')).toBe('backups/2024');
    expect(parentPath('a.sql')).toBe('');
    expect(baseName('backups/2024/a.sql')).toBe('a.sql');
    expect(breadcrumbs('')).toEqual([{ name: 'Storage', path: '' }]);
    expect(breadcrumbs('backups/2024')).toEqual([
      { name: 'Storage', path: '' },
      { name: 'backups', path: 'backups' },
      { name: '2024', path: 'backups/2024' },
    ]);
  });

  it('refuses the names the server would refuse', () => {
    expect(nameProblem('shop.dump')).toBeUndefined();
    expect(nameProblem('résumé 東京.sql')).toBeUndefined();
    expect(nameProblem('  ')).toBe('Enter a name.');
    expect(nameProblem('..')).toContain("'..'");
    expect(nameProblem('a/b')).toContain("'/'");
    expect(nameProblem('a\\b')).toContain("'\\'");
    expect(nameProblem('a\u0000b')).toContain('control');
    expect(nameProblem('é'.repeat(128))).toContain('255 bytes');
  });
});

describe('storage sorting', () => {
  it('puts folders first and sorts names naturally', () => {
    expect(sortEntries(entries, { key: 'name', descending: false }).map((e) => e.name)).toEqual([
      'archive',
      'Backups',
      'b.dump',
      'file9.sql',
      'file10.sql',
    ]);
  });

  it('sorts files by size and by date, either way', () => {
    expect(sortEntries(entries, { key: 'size', descending: true }).map((e) => e.name)).toEqual([
      'Backups',
      'archive',
      'file9.sql',
      'b.dump',
      'file10.sql',
    ]);
    expect(
      sortEntries(entries, { key: 'modifiedAt', descending: false }).map((e) => e.name),
    ).toEqual(['Backups', 'archive', 'file10.sql', 'file9.sql', 'b.dump']);
  });

  it('flips the order on the same column and starts dates with the newest', () => {
    expect(nextSort({ key: 'name', descending: false }, 'name')).toEqual({
      key: 'name',
      descending: true,
    });
    expect(nextSort({ key: 'name', descending: true }, 'size')).toEqual({
      key: 'size',
      descending: false,
    });
    expect(nextSort({ key: 'name', descending: false }, 'modifiedAt')).toEqual({
      key: 'modifiedAt',
      descending: true,
    });
  });
});

describe('storage formatting', () => {
  it('shows sizes in binary units and retention in days or hours', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(10 * 1024 ** 3)).toBe('10.0 GB');
    expect(formatBytes(512 * 1024 ** 2)).toBe('512 MB');
    expect(formatAge(7 * 86400)).toBe('7 days');
    expect(formatAge(86400)).toBe('1 day');
    expect(formatAge(12 * 3600)).toBe('12 hours');
  });
});
