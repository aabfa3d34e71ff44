import { afterEach, describe, expect, it } from 'vitest';
import { appUrl } from './base';

describe('appUrl', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('keeps app paths at the root when the page is served there', () => {
    expect(appUrl('/api/v1/databases')).toBe('/api/v1/databases');
  });

  it('puts app paths under the sub-path the page was served at', () => {
    window.history.replaceState(null, '', '/team-a/pgdeck/');
    expect(appUrl('/api/v1/databases')).toBe('/team-a/pgdeck/api/v1/databases');
    expect(appUrl('/login?expired')).toBe('/team-a/pgdeck/login?expired');
  });
});
