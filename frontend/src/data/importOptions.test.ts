import { describe, expect, it } from 'vitest';
import {
  DEFAULT_IMPORT_OPTIONS,
  delimiterFor,
  importProblem,
  importedRows,
  isImportable,
} from './importOptions';

const request = (options: Partial<typeof DEFAULT_IMPORT_OPTIONS>, file = 'uploads/a.csv') => ({
  file,
  options: { ...DEFAULT_IMPORT_OPTIONS, ...options },
});

describe('import options', () => {
  it('offers .csv, .txt and .tsv files only', () => {
    expect(['a.csv', 'B.CSV', 'notes.txt', 'x.tsv'].every(isImportable)).toBe(true);
    expect(['a.dump', 'csv', 'a.csv.gz'].some(isImportable)).toBe(false);
  });

  it('reads a .tsv file with tabs, and goes back to commas for another file', () => {
    expect(delimiterFor('uploads/x.tsv', ',')).toBe('\t');
    expect(delimiterFor('uploads/x.csv', '\t')).toBe(',');
    expect(delimiterFor('uploads/x.csv', ';')).toBe(';');
  });

  it('accepts the defaults once a file is chosen', () => {
    expect(importProblem(request({}))).toBeUndefined();
    expect(importProblem(request({}, '  '))).toMatch(/Choose a CSV file/);
  });

  it('says what COPY would refuse before anything is sent', () => {
    expect(importProblem(request({ delimiter: ';;' }))).toMatch(/delimiter must be one ASCII/);
    expect(importProblem(request({ quote: '' }))).toMatch(/quote must be one ASCII/);
    expect(importProblem(request({ delimiter: '§' }))).toMatch(/ASCII/);
    expect(importProblem(request({ delimiter: '\n' }))).toMatch(/line break/);
    expect(importProblem(request({ delimiter: "'", quote: "'" }))).toMatch(/must differ/);
    expect(importProblem(request({ null: 'a,b' }))).toMatch(/NULL string/);
    expect(importProblem(request({ null: 'NULL' }))).toBeUndefined();
    expect(importProblem(request({ encoding: ' ' }))).toMatch(/encoding/);
  });

  it('finds how many rows went in from the job log', () => {
    const log =
      '2026-01-01T00:00:00.000Z pgdeck: importing into app.widgets (40 bytes)\n' +
      '2026-01-01T00:00:00.100Z Imported 2 rows into app.widgets\n';
    expect(importedRows(log)).toBe(2);
    expect(importedRows('2026-01-01T00:00:00.100Z Imported 1 row into app.w\n')).toBe(1);
    expect(importedRows('pgdeck: Line 3: bad')).toBeUndefined();
  });
});
