import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/fixtures';
import { ApiError, apiGet, apiSend, readCookie, setUnauthorizedHandler } from './client';

function mockFetch(response: Response | (() => Response)) {
  const fn = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
    typeof response === 'function' ? response() : response,
  );
  vi.stubGlobal('fetch', fn);
  return fn;
}

function headersOf(fetchMock: ReturnType<typeof mockFetch>): Record<string, string> {
  const init = fetchMock.mock.calls[0][1];
  return Object.fromEntries(new Headers(init?.headers).entries());
}

describe('api client', () => {
  let onUnauthorized: ReturnType<typeof vi.fn<() => void>>;
  let restore: () => void;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=tok%2Dabc123; path=/';
    onUnauthorized = vi.fn<() => void>();
    restore = setUnauthorizedHandler(onUnauthorized);
  });

  afterEach(() => restore());

  it('reads cookies by name, URL-decoded', () => {
    document.cookie = 'other=1; path=/';
    expect(readCookie('XSRF-TOKEN')).toBe('tok-abc123');
    expect(readCookie('missing')).toBeUndefined();
  });

  it('GET is same-origin and carries no CSRF header', async () => {
    const fetchMock = mockFetch(jsonResponse({ ok: true }));
    await expect(apiGet('/api/v1/deployment')).resolves.toEqual({ ok: true });

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/deployment');
    expect(fetchMock.mock.calls[0][1]?.method).toBe('GET');
    expect(fetchMock.mock.calls[0][1]?.credentials).toBe('same-origin');
    expect(headersOf(fetchMock)).not.toHaveProperty('x-xsrf-token');
  });

  it('POST sends JSON and the CSRF header from the XSRF-TOKEN cookie', async () => {
    const fetchMock = mockFetch(jsonResponse({ id: 7 }, 201));
    await expect(apiSend('POST', '/api/v1/things', { name: 'x' })).resolves.toEqual({ id: 7 });

    const headers = headersOf(fetchMock);
    expect(headers['x-xsrf-token']).toBe('tok-abc123');
    expect(headers['content-type']).toBe('application/json');
    expect(fetchMock.mock.calls[0][1]?.body).toBe('{"name":"x"}');
    expect(fetchMock.mock.calls[0][1]?.credentials).toBe('same-origin');
  });

  it('DELETE without a body also carries the CSRF header and accepts 204', async () => {
    const fetchMock = mockFetch(new Response(null, { status: 204 }));
    await expect(apiSend('DELETE', '/api/v1/things/7')).resolves.toBeUndefined();
    const headers = headersOf(fetchMock);
    expect(headers['x-xsrf-token']).toBe('tok-abc123');
    expect(headers).not.toHaveProperty('content-type');
    expect(fetchMock.mock.calls[0][1]?.body).toBeUndefined();
  });

  it('parses problem+json into an ApiError with the PostgreSQL fields', async () => {
    mockFetch(
      jsonResponse(
        {
          type: 'about:blank',
          title: 'SQL error',
          status: 400,
          detail: 'relation "nope" does not exist',
          sqlState: '42P01',
          position: 15,
          hint: 'Check the table name.',
        },
        400,
        'application/problem+json',
      ),
    );

    const error = await apiSend('POST', '/api/v1/query', { sql: 'select * from nope' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      title: 'SQL error',
      detail: 'relation "nope" does not exist',
      sqlState: '42P01',
      position: 15,
      hint: 'Check the table name.',
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns a non-JSON error into an ApiError from the status line', async () => {
    mockFetch(new Response('<html>boom</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await apiGet('/api/v1/deployment').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', detail: undefined });
  });

  it('calls the unauthorized hook on 401', async () => {
    mockFetch(
      jsonResponse({ title: 'Unauthorized', status: 401 }, 401, 'application/problem+json'),
    );
    const error = await apiGet('/api/v1/deployment').catch((e: unknown) => e);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
  });

  it('treats a redirect to the login page as an expired session', async () => {
    mockFetch(() => {
      const response = new Response('<html>login</html>', {
        status: 200,
        headers: { 'Content-Type': 'text/html' },
      });
      Object.defineProperty(response, 'redirected', { value: true });
      Object.defineProperty(response, 'url', { value: 'http://localhost:3000/login' });
      return response;
    });
    await expect(apiGet('/api/v1/deployment')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('wraps network failures as ApiError with status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(apiGet('/api/v1/deployment')).rejects.toMatchObject({
      status: 0,
      detail: 'Failed to fetch',
    });
  });
});
