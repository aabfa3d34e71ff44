import { describe, expect, it } from 'vitest';
import { quoteIdent } from './quoting';

describe('quoteIdent', () => {
  it.each([
    ['orders', 'orders'],
    ['order_items2', 'order_items2'],
    ['Orders', '"Orders"'],
    ['user', '"user"'],
    ['order', '"order"'],
    ['with space', '"with space"'],
    ['say "hi"', '"say ""hi"""'],
    ['2fast', '"2fast"'],
  ])('quotes %s as %s', (name, quoted) => {
    expect(quoteIdent(name)).toBe(quoted);
  });
});
