import { apiGet } from '../api/client';
import { segment } from '../ui/paths';

export interface RelationName {
  schema: string;
  name: string;
  kind: string;
}

export interface FunctionName {
  schema: string;
  name: string;
}

/** What completion asks the server for, one cursor position at a time. */
export interface CatalogSource {
  schemas(): Promise<string[]>;
  relations(schema: string | null, prefix: string): Promise<RelationName[]>;
  columns(schema: string | null, relation: string): Promise<string[]>;
  functions(prefix: string): Promise<FunctionName[]>;
}

/** Answers kept per tab: enough for a session's typing, bounded so a long session does not grow the page. */
export const CACHE_ENTRIES = 200;

/** Keeps the newest {@link CACHE_ENTRIES} answers of {@code load}; a failed answer is not kept. */
export function cached(
  load: (path: string) => Promise<unknown>,
): (path: string) => Promise<unknown> {
  const answers = new Map<string, Promise<unknown>>();
  return (path) => {
    const known = answers.get(path);
    if (known) {
      answers.delete(path);
      answers.set(path, known);
      return known;
    }
    const answer = load(path);
    answers.set(path, answer);
    answer.catch(() => answers.delete(path));
    while (answers.size > CACHE_ENTRIES) answers.delete(answers.keys().next().value as string);
    return answer;
  };
}

/** The catalog of one database as the server answers it, cached for one Query Tool tab. */
export function serverCatalog(
  database: string,
  load: (path: string) => Promise<unknown> = apiGet,
): CatalogSource {
  const base = `/api/v1/databases/${segment(database)}/completion`;
  const get = cached(load);
  const query = (params: Record<string, string | null>) =>
    Object.entries(params)
      .filter((entry): entry is [string, string] => entry[1] !== null)
      .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
      .join('&');
  return {
    schemas: () => get(`${base}/schemas`) as Promise<string[]>,
    relations: (schema, prefix) =>
      get(`${base}/relations?${query({ schema, prefix })}`) as Promise<RelationName[]>,
    columns: (schema, relation) =>
      get(`${base}/columns?${query({ schema, relation })}`) as Promise<string[]>,
    functions: (prefix) => get(`${base}/functions?${query({ prefix })}`) as Promise<FunctionName[]>,
  };
}
