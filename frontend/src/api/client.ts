import { appUrl } from './base';
/**
 * Shared HTTP client for the pgdeck REST API.
 *
 * - Same-origin only (credentials: 'same-origin'); paths are relative to the site root.
 * - Unsafe methods carry the Spring Security CSRF token from the `XSRF-TOKEN` cookie
 *   in the `X-XSRF-TOKEN` header.
 * - Errors (RFC 9457 problem+json, or anything else) are thrown as {@link ApiError}.
 * - A 401 (expired session) calls the unauthorized hook, which by default navigates to /login?expired.
 */

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
export const CSRF_PARAM = '_csrf';
export const LOGIN_PATH = '/login';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** Fields of an RFC 9457 problem document, plus the PostgreSQL extensions the back end adds. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** PostgreSQL SQLSTATE, e.g. "42P01". */
  sqlState?: string;
  /** 1-based character position in the statement, as reported by PostgreSQL. */
  position?: number;
  hint?: string;
  /** Extension members a feature adds, e.g. the rows of a conflict. */
  [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly type?: string;
  readonly instance?: string;
  readonly sqlState?: string;
  readonly position?: number;
  readonly hint?: string;
  /** The whole problem document, extension members included. */
  readonly problem: ProblemDetail;

  constructor(status: number, problem: ProblemDetail = {}) {
    const title = problem.title || (status ? `HTTP ${status}` : 'Network error');
    super(problem.detail ? `${title}: ${problem.detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.instance = problem.instance;
    this.sqlState = problem.sqlState;
    this.position = problem.position;
    this.hint = problem.hint;
    this.problem = problem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * The page is only served to a signed-in user, so a 401 means the session ended: the login page says so. (Going to
 * the plain login page would also race the idle watch's own navigation and lose the message.)
 */
function redirectToLogin(): void {
  window.location.assign(appUrl(`${LOGIN_PATH}?expired`));
}

let unauthorizedHandler: () => void = redirectToLogin;

/**
 * Replaces what happens on a 401 (tests use this; the default navigates to /login).
 * Returns a function that restores the previous handler.
 */
export function setUnauthorizedHandler(handler: () => void): () => void {
  const previous = unauthorizedHandler;
  unauthorizedHandler = handler;
  return () => {
    unauthorizedHandler = previous;
  };
}

/** Reads a cookie by name from document.cookie; undefined when absent. */
export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined' || !document.cookie) return undefined;
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return undefined;
}

export function csrfToken(): string | undefined {
  return readCookie(CSRF_COOKIE);
}

function isJson(contentType: string | null): boolean {
  if (!contentType) return false;
  const mime = contentType.split(';')[0].trim().toLowerCase();
  return mime === 'application/json' || mime.endsWith('+json');
}

/** Spring Security may answer an expired session on /api with a redirect to the login page. */
function landedOnLogin(response: Response): boolean {
  if (!response.redirected || !response.url) return false;
  try {
    return new URL(response.url, window.location.href).pathname === appUrl(LOGIN_PATH);
  } catch {
    return false;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: ProblemDetail = {};
  try {
    if (isJson(response.headers.get('Content-Type'))) {
      const body: unknown = await response.json();
      if (body && typeof body === 'object') problem = body as ProblemDetail;
    }
  } catch {
    // Not parseable: fall back to the status line.
  }
  if (!problem.title && response.statusText) problem = { ...problem, title: response.statusText };
  return new ApiError(response.status, problem);
}

/** Reads a successful response: by default JSON, or text, or undefined when empty. */
type Reader<T> = (response: Response) => Promise<T>;

async function readBody<T>(response: Response): Promise<T> {
  if (response.status === 204 || response.status === 205) return undefined as T;
  if (isJson(response.headers.get('Content-Type'))) return (await response.json()) as T;
  const text = await response.text();
  return (text === '' ? undefined : text) as T;
}

async function request<T>(
  method: HttpMethod,
  path: string,
  body?: unknown,
  read: Reader<T> = readBody,
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
  };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };

  if (!SAFE_METHODS.has(method)) {
    const token = csrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  if (body instanceof Blob) {
    // Sent as it is (a file's bytes), not as JSON.
    headers['Content-Type'] = body.type || 'application/octet-stream';
    init.body = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }

  let response: Response;
  try {
    response = await fetch(appUrl(path), init);
  } catch (cause) {
    throw new ApiError(0, {
      title: 'Network error',
      detail: cause instanceof Error ? cause.message : String(cause),
    });
  }

  if (response.status === 401 || landedOnLogin(response)) {
    unauthorizedHandler();
    throw new ApiError(401, { title: 'Unauthorized', detail: 'Your session has expired.' });
  }
  if (!response.ok) throw await toApiError(response);
  return read(response);
}

export function apiGet<T>(path: string): Promise<T> {
  return request<T>('GET', path);
}

/** A GET whose successful response {@code read} consumes itself (e.g. as bytes, after a look at its headers). */
export function apiGetWith<T>(path: string, read: Reader<T>): Promise<T> {
  return request<T>('GET', path, undefined, read);
}

/** {@code body}: a JSON value, or a Blob sent as its bytes with its own type. */
export function apiSend<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
  return request<T>(method, path, body);
}
