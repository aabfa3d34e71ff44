/**
 * The page may be served under a sub-path of the platform's ingress (`/team-a/pgdeck/`). Code names app paths from
 * the app's root (`/api/v1/...`); this turns them into addresses under the path the page was served at.
 */
export function appBase(): string {
  return new URL('./', document.baseURI).pathname;
}

export function appUrl(path: string): string {
  return appBase() + path.replace(/^\//, '');
}
