import { describe, expect, it } from 'vitest';
import { linkedSavedQuery, savedQueryLink } from './api';

describe('saved query links', () => {
  it('names the saved query in the fragment of this deployment and reads it back', () => {
    const link = savedQueryLink('0b5c3f2e-1111-4222-8333-944455556666');
    expect(link.startsWith(window.location.origin)).toBe(true);
    expect(linkedSavedQuery(new URL(link).hash)).toBe('0b5c3f2e-1111-4222-8333-944455556666');
  });

  it('finds nothing in a page opened without one', () => {
    expect(linkedSavedQuery('')).toBeUndefined();
    expect(linkedSavedQuery('#other=1')).toBeUndefined();
  });
});
