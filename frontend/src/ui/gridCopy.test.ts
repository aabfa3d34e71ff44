import { describe, expect, it } from 'vitest';
import { formatCopy, type CopyBlock } from './gridCopy';

const block: CopyBlock = {
  columns: [
    { name: 'id', type: 'int4' },
    { name: 'Note', type: 'text' },
    { name: 'done', type: 'bool' },
  ],
  rows: [
    [1, "it's a\ttab", true],
    [2, null, false],
    [3, 'pipe | and\nline', null],
  ],
  table: 'app.tasks',
};

describe('formatCopy', () => {
  it('copies tab-separated text as spreadsheets paste it', () => {
    expect(formatCopy(block, 'text')).toBe(
      '1\t"it\'s a\ttab"\ttrue\n2\t\tfalse\n3\t"pipe | and\nline"\t',
    );
    expect(formatCopy(block, 'text-headers').split('\n')[0]).toBe('id\tNote\tdone');
  });

  it('copies CSV with a header line and RFC 4180 quoting', () => {
    expect(formatCopy(block, 'csv')).toBe(
      'id,Note,done\r\n1,it\'s a\ttab,true\r\n2,,false\r\n3,"pipe | and\nline",',
    );
  });

  it('copies JSON objects keeping numbers, booleans and nulls', () => {
    expect(JSON.parse(formatCopy(block, 'json'))).toEqual([
      { id: 1, Note: "it's a\ttab", done: true },
      { id: 2, Note: null, done: false },
      { id: 3, Note: 'pipe | and\nline', done: null },
    ]);
  });

  it('copies a Markdown table with escaped pipes and numbers aligned right', () => {
    expect(formatCopy(block, 'markdown').split('\n')).toEqual([
      '| id | Note | done |',
      '| ---: | --- | --- |',
      "| 1 | it's a\ttab | true |",
      '| 2 | NULL | false |',
      '| 3 | pipe \\| and<br>line | NULL |',
    ]);
  });

  it('copies INSERT statements with quoted identifiers and literals', () => {
    const statements = formatCopy(block, 'insert').split(';\n');
    expect(statements).toEqual([
      `INSERT INTO app.tasks (id, "Note", done) VALUES (1, 'it''s a\ttab', TRUE)`,
      `INSERT INTO app.tasks (id, "Note", done) VALUES (2, NULL, FALSE)`,
      `INSERT INTO app.tasks (id, "Note", done) VALUES (3, 'pipe | and\nline', NULL);`,
    ]);
  });
});
