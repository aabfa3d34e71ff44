/** Contract of POST .../tables/{table}/import: a file of the storage area and how it is written. */
export interface ImportOptions {
  header: boolean;
  delimiter: string;
  quote: string;
  null: string;
  encoding: string;
}

export interface ImportRequest {
  file: string;
  options: ImportOptions;
}

export const DEFAULT_IMPORT_OPTIONS: ImportOptions = {
  header: true,
  delimiter: ',',
  quote: '"',
  null: '',
  encoding: 'UTF8',
};

/** The encodings offered first; any name PostgreSQL knows may be typed. */
export const COMMON_ENCODINGS = ['UTF8', 'LATIN1', 'LATIN9', 'WIN1252', 'WIN1250', 'SQL_ASCII'];

/** The files the picker offers for an import. */
export function isImportable(name: string): boolean {
  return /\.(csv|txt|tsv)$/i.test(name);
}

/** A tab-separated file is named so: its delimiter is a tab, which is hard to type into a field. */
export function delimiterFor(file: string, current: string): string {
  if (/\.tsv$/i.test(file)) return '\t';
  return current === '\t' ? ',' : current;
}

/** What COPY would refuse, said before anything is sent; undefined when the options are fine. The server checks again. */
export function importProblem(request: ImportRequest): string | undefined {
  const { options } = request;
  if (request.file.trim() === '') return 'Choose a CSV file in storage, or upload one.';
  for (const [name, value] of [
    ['delimiter', options.delimiter],
    ['quote', options.quote],
  ] as const) {
    if (value.length !== 1 || value.charCodeAt(0) > 0x7f || /[\r\n]/.test(value))
      return `The ${name} must be one ASCII character other than a line break.`;
  }
  if (options.delimiter === options.quote) return 'The delimiter and the quote must differ.';
  if (
    options.null.includes(options.delimiter) ||
    options.null.includes(options.quote) ||
    /[\r\n]/.test(options.null)
  )
    return 'The NULL string must not hold the delimiter, the quote or a line break.';
  if (options.encoding.trim() === '') return 'Name the file’s encoding, e.g. UTF8 or LATIN1.';
  return undefined;
}

/** The rows an import added, as its log says ("Imported 2 rows into app.widgets"); undefined when it does not say. */
export function importedRows(log: string): number | undefined {
  const match = /Imported (\d+) rows? into /.exec(log);
  return match ? Number(match[1]) : undefined;
}
