import { describe, expect, it } from 'vitest';
import { adviceFor } from './advice';
import type { Job } from './api';

const failed = (type: Job['type'], note: string): Job => ({
  id: 1,
  type,
  object: 'shop.store',
  database: 'shop',
  file: null,
  status: 'failed',
  createdAt: '2026-12-05T10:00:00Z',
  startedAt: null,
  finishedAt: null,
  durationMs: null,
  exitCode: 1,
  command: '',
  note,
});

describe('adviceFor', () => {
  it('suggests Replace when a restore meets objects that exist', () => {
    expect(
      adviceFor(failed('restore', 'TOC entry 215 (TYPE email_address) failed: already exists')),
    ).toContain('Replace');
  });

  it('points at the storage when a backup reached the quota', () => {
    expect(
      adviceFor(failed('backup', 'The backup stopped when it reached the storage quota')),
    ).toContain('Free space in Storage');
  });

  it('points at the locks when a tool waited for one too long', () => {
    expect(
      adviceFor(
        failed('backup', 'canceling statement due to statement timeout\nExited with code 1.'),
      ),
    ).toContain('holds a lock');
  });

  it('names the role when the server refused a permission', () => {
    expect(adviceFor(failed('restore', 'permission denied for schema app'))).toContain(
      "team's role",
    );
  });

  it('falls back to the log, and says nothing for a job that did not fail', () => {
    expect(adviceFor(failed('maintenance', 'something else'))).toContain('log');
    expect(adviceFor({ ...failed('backup', ''), status: 'succeeded' })).toBe('');
  });
});
