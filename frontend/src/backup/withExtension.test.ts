import { describe, expect, it } from 'vitest';
import { withExtension } from './api';

describe('withExtension', () => {
  it('adds the format’s extension to a name typed without one', () => {
    expect(withExtension('backups/nightly', 'custom')).toBe('backups/nightly.dump');
    expect(withExtension('nightly', 'plain')).toBe('nightly.sql');
    expect(withExtension('backups/nightly', 'tar')).toBe('backups/nightly.tar');
  });

  it('keeps a name that has one, a folder’s dots, and a directory backup as typed', () => {
    expect(withExtension('backups/nightly.backup', 'custom')).toBe('backups/nightly.backup');
    expect(withExtension('v1.2/nightly', 'custom')).toBe('v1.2/nightly.dump');
    expect(withExtension('backups/nightly', 'directory')).toBe('backups/nightly');
  });
});
