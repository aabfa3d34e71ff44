import { describe, expect, it } from 'vitest';
import { segment } from './paths';

describe('segment', () => {
  it('keeps a name that needs nothing', () => {
    expect(segment('orders')).toBe('orders');
  });

  it('encodes separators, percent signs, semicolons, backslashes and line breaks into one segment', () => {
    const path = `/api/v1/x/tables/${segment('a/b;c%d\\e\nf')}/ddl`;
    expect(path).toBe('/api/v1/x/tables/a%2Fb%3Bc%25d%5Ce%0Af/ddl');
    expect(new URL(path, 'http://localhost').pathname.split('/')).toEqual([
      '',
      'api',
      'v1',
      'x',
      'tables',
      'a%2Fb%3Bc%25d%5Ce%0Af',
      'ddl',
    ]);
  });
});
