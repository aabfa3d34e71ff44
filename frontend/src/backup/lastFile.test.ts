import { afterEach, describe, expect, it } from 'vitest';
import { lastRestoreFile, rememberRestoreFile } from './lastFile';

describe('the last restored file', () => {
  afterEach(() => window.localStorage.clear());

  it('is offered again for the same database only', () => {
    expect(lastRestoreFile('orders')).toBe('');

    rememberRestoreFile('orders', 'backups/store.dump');

    expect(lastRestoreFile('orders')).toBe('backups/store.dump');
    expect(lastRestoreFile('billing')).toBe('');
  });
});
