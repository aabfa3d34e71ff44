import { describe, expect, it } from 'vitest';
import { linkedSavedQuery, savedQueryLink } from './api';

const ID = '0b5c3f2e-1111-4222-8333-944455556666';

describe('saved query links', () => {
  it('names the saved query in the query string of this deployment and reads it back', () => {
    const link = new URL(savedQueryLink(ID));
    expect(link.origin).toBe(window.location.origin);
    expect(link.pathname).toBe(window.location.pathname);
    expect(link.hash).toBe('');
    expect(linkedSavedQuery(link.search, link.hash)).toBe(ID);
  });

  it('still reads a link that named it in the fragment', () => {
    expect(linkedSavedQuery('', `#saved-query=${ID}`)).toBe(ID);
  });

  it('finds nothing in a page opened without one', () => {
    expect(linkedSavedQuery('', '')).toBeUndefined();
    expect(linkedSavedQuery('?continue', '#other=1')).toBeUndefined();
  });
});
