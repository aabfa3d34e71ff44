/**
 * One name as one path segment of an API address. PostgreSQL names may hold any character; the server decodes each
 * segment after splitting, so an encoded `/`, `;`, `%`, `\` or line break stays part of the name. (A name that is
 * exactly `.` or `..` cannot be addressed from a browser: URLs resolve dot segments even when percent-encoded.)
 */
export function segment(name: string): string {
  return encodeURIComponent(name);
}
