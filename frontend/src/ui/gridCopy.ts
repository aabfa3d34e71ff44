/**
 * What a grid's selection becomes on the clipboard, in the forms people paste into: tab-separated text (as
 * spreadsheets read it, with or without a header line), CSV, JSON, Markdown and SQL INSERT statements.
 */
export type CopyFormat = 'text' | 'text-headers' | 'csv' | 'json' | 'markdown' | 'insert';

export const COPY_FORMATS: { format: CopyFormat; label: string }[] = [
  { format: 'text', label: 'Copy' },
  { format: 'text-headers', label: 'Copy with headers' },
  { format: 'csv', label: 'Copy as CSV' },
  { format: 'json', label: 'Copy as JSON' },
  { format: 'markdown', label: 'Copy as Markdown' },
  { format: 'insert', label: 'Copy as INSERT statements' },
];

export interface CopyColumn {
  name: string;
  type: string;
}

/** A rectangle of whole values (no previews), with the table an INSERT should name. */
export interface CopyBlock {
  columns: CopyColumn[];
  rows: unknown[][];
  table?: string;
}

const NUMBERS = new Set(['int2', 'int4', 'int8', 'oid', 'float4', 'float8', 'numeric']);

export function formatCopy(block: CopyBlock, format: CopyFormat): string {
  switch (format) {
    case 'text':
      return block.rows.map((row) => row.map(tsvField).join('\t')).join('\n');
    case 'text-headers':
      return [
        block.columns.map((c) => tsvField(c.name)),
        ...block.rows.map((row) => row.map(tsvField)),
      ]
        .map((line) => line.join('\t'))
        .join('\n');
    case 'csv':
      return [block.columns.map((c) => c.name), ...block.rows]
        .map((row) => row.map(csvField).join(','))
        .join('\r\n');
    case 'json':
      return JSON.stringify(
        block.rows.map((row) => Object.fromEntries(block.columns.map((c, i) => [c.name, row[i]]))),
        null,
        2,
      );
    case 'markdown':
      return markdown(block);
    case 'insert':
      return inserts(block);
  }
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A tab-separated field: quoted (as spreadsheets do) only when it holds a tab, a line break or a quote. */
function tsvField(value: unknown): string {
  const field = text(value);
  return /[\t\n\r"]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function csvField(value: unknown): string {
  const field = text(value);
  return /[,\n\r"]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function markdown(block: CopyBlock): string {
  const cell = (value: unknown) =>
    (value === null || value === undefined ? 'NULL' : String(value))
      .replace(/\|/g, '\\|')
      .replace(/\r?\n/g, '<br>');
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(block.columns.map((c) => cell(c.name))),
    line(block.columns.map((c) => (NUMBERS.has(c.type) ? '---:' : '---'))),
    ...block.rows.map((row) => line(row.map(cell))),
  ].join('\n');
}

/** An identifier as PostgreSQL reads it: bare when lower-case and plain, else double-quoted. */
export function quoteIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function literal(value: unknown, type: string): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number' || (NUMBERS.has(type) && /^-?[0-9.eE+-]+$/.test(String(value))))
    return String(value);
  return `'${String(value).replace(/'/g, "''")}'`;
}

function inserts(block: CopyBlock): string {
  const table = block.table ?? 'result';
  const names = block.columns.map((c) => quoteIdentifier(c.name)).join(', ');
  return block.rows
    .map(
      (row) =>
        `INSERT INTO ${table} (${names}) VALUES (${row.map((v, i) => literal(v, block.columns[i].type)).join(', ')});`,
    )
    .join('\n');
}
