import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { isSessionNotHere } from './api';

describe('a query session this pgdeck does not hold', () => {
  it('is told apart from any other 404 by its problem code', () => {
    expect(isSessionNotHere(new ApiError(404, { code: 'querySessionNotHere' }))).toBe(true);
    expect(
      isSessionNotHere(new ApiError(404, { detail: 'There is no database named x here.' })),
    ).toBe(false);
    expect(isSessionNotHere(new ApiError(409, { code: 'querySessionNotHere' }))).toBe(false);
    expect(isSessionNotHere(new Error('offline'))).toBe(false);
  });
});
