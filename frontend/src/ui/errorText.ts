import { isApiError } from '../api/client';

/** What to show a person for a failure: the server's problem detail, or the error's own message. */
export function errorText(error: unknown): string {
  if (isApiError(error)) return error.detail ?? error.title;
  return error instanceof Error ? error.message : String(error);
}
