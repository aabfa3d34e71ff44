import type { CellValue, DataColumn } from './types';
import { errorText } from '../ui/errorText';
import { isPreview, previewText } from '../ui/longValues';

/** Which editor a column gets, from its base type and category. */
export type EditorKind =
  | 'boolean'
  | 'enum'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'datetime'
  | 'json'
  | 'array'
  | 'uuid'
  | 'bytea'
  | 'text';

const INTEGER_TYPES = new Set(['int2', 'int4', 'int8', 'oid']);
const DECIMAL_TYPES = new Set(['numeric', 'float4', 'float8']);
const DATETIME_TYPES = new Set(['timestamp', 'timestamptz', 'time', 'timetz', 'interval']);

export function editorKind(column: Pick<DataColumn, 'baseType' | 'category'>): EditorKind {
  const type = column.baseType;
  if (column.category === 'A') return 'array';
  if (type === 'bool') return 'boolean';
  if (column.category === 'E') return 'enum';
  if (INTEGER_TYPES.has(type)) return 'integer';
  if (DECIMAL_TYPES.has(type)) return 'decimal';
  if (type === 'date') return 'date';
  if (DATETIME_TYPES.has(type)) return 'datetime';
  if (type === 'json' || type === 'jsonb') return 'json';
  if (type === 'uuid') return 'uuid';
  if (type === 'bytea') return 'bytea';
  return 'text';
}

const INTEGER = /^\s*[-+]?\d+\s*$/;
const DECIMAL = /^\s*([-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?|NaN|[-+]?Infinity)\s*$/;
const DATE = /^\s*(\d{4,}-\d{2}-\d{2}( BC)?|[-+]?infinity)\s*$/i;
const UUID = /^\s*\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?\s*$/i;
const BYTEA_HEX = /^\\x([0-9a-f]{2})*$/i;

/** Why the text cannot be stored in such a column, or undefined when it looks right (the server has the last word). */
export function problemWith(kind: EditorKind, text: string): string | undefined {
  switch (kind) {
    case 'integer':
      return INTEGER.test(text) ? undefined : 'Not a whole number';
    case 'decimal':
      return DECIMAL.test(text) ? undefined : 'Not a number';
    case 'date':
      return DATE.test(text) ? undefined : 'Write a date as YYYY-MM-DD';
    case 'uuid':
      return UUID.test(text) ? undefined : 'Not a UUID';
    case 'bytea':
      return BYTEA_HEX.test(text.trim()) ? undefined : 'Write bytes as \\x followed by hex digits';
    case 'json':
      try {
        JSON.parse(text);
        return undefined;
      } catch (error) {
        return `Not valid JSON: ${errorText(error)}`;
      }
    case 'array':
      return arrayProblem(text);
    default:
      return undefined;
  }
}

/** An array literal: {a,b} with balanced braces outside double quotes. */
function arrayProblem(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) {
    return 'Write an array as {a,b,c} (quote elements holding commas, braces or spaces)';
  }
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i];
    if (quoted && c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === '{') depth++;
    else if (!quoted && c === '}' && --depth < 0) return 'A } closes nothing';
  }
  if (quoted) return 'A double quote is not closed';
  return depth === 0 ? undefined : 'A { is not closed';
}

/** The text an editor starts from. */
export function editText(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === 'object') return '';
  return String(value);
}

/** Shows a cell value in the grid; NULL and DEFAULT are told apart from text by the caller's styling. */
export function displayText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return 'NULL';
  if (isPreview(value)) return previewText(value);
  if (typeof value === 'object') return 'DEFAULT';
  return String(value);
}

export const PLACEHOLDERS: Partial<Record<EditorKind, string>> = {
  datetime: 'e.g. 2024-05-01 13:45:00+00, or 1 day 02:00:00',
  array: '{a,b,c}',
  bytea: '\\x0102ff',
  uuid: '00000000-0000-0000-0000-000000000000',
  json: '{"key": "value"}',
};
