import { describe, expect, it } from 'vitest';
import { statementAt, statementRanges } from './statements';

const texts = (sql: string) => statementRanges(sql).map((r) => sql.slice(r.from, r.to));

describe('statementRanges', () => {
  it('splits at top-level semicolons only', () => {
    expect(
      texts("SELECT ';' AS a; SELECT $x$ ; $x$; SELECT E'it\\'s;'; -- c; d\nSELECT (1;2)"),
    ).toEqual([
      "SELECT ';' AS a",
      'SELECT $x$ ; $x$',
      "SELECT E'it\\'s;'",
      '-- c; d\nSELECT (1;2)',
    ]);
  });

  it('drops statements holding only comments and whitespace', () => {
    expect(texts('SELECT 1; /* nothing ; here */ ; -- tail')).toEqual(['SELECT 1']);
  });
});

describe('statementAt', () => {
  it('picks the statement under the cursor, or the one just before it', () => {
    const sql = 'SELECT 1;\nSELECT 2;\n';
    expect(sql.slice(...span(statementAt(sql, 12)))).toBe('SELECT 2');
    expect(sql.slice(...span(statementAt(sql, sql.length)))).toBe('SELECT 2');
    expect(sql.slice(...span(statementAt(sql, 0)))).toBe('SELECT 1');
  });
});

function span(range: { from: number; to: number } | undefined): [number, number] {
  if (!range) throw new Error('no statement');
  return [range.from, range.to];
}
