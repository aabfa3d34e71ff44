import { describe, expect, it } from 'vitest';
import { editorKind, problemWith } from './editors';
import { nextSort } from './gridPresentation';
import { rowsUrl, sortParam } from './api';
import { toFilter } from './FilterPanel';

describe('editors by type', () => {
  it('chooses the editor from the base type and category', () => {
    expect(editorKind({ baseType: 'int8', category: 'N' })).toBe('integer');
    expect(editorKind({ baseType: 'numeric', category: 'N' })).toBe('decimal');
    expect(editorKind({ baseType: 'bool', category: 'B' })).toBe('boolean');
    expect(editorKind({ baseType: 'mood', category: 'E' })).toBe('enum');
    expect(editorKind({ baseType: '_mood', category: 'A' })).toBe('array');
    expect(editorKind({ baseType: 'jsonb', category: 'U' })).toBe('json');
    expect(editorKind({ baseType: 'timestamptz', category: 'D' })).toBe('datetime');
    expect(editorKind({ baseType: 'date', category: 'D' })).toBe('date');
    expect(editorKind({ baseType: 'uuid', category: 'U' })).toBe('uuid');
    expect(editorKind({ baseType: 'bytea', category: 'U' })).toBe('bytea');
    expect(editorKind({ baseType: 'text', category: 'S' })).toBe('text');
  });

  it('says what is wrong before the server is asked', () => {
    expect(problemWith('integer', '9007199254740993')).toBeUndefined();
    expect(problemWith('integer', '1.5')).toBeDefined();
    expect(problemWith('decimal', '-1.5e3')).toBeUndefined();
    expect(problemWith('decimal', 'abc')).toBeDefined();
    expect(problemWith('json', '{"a": [1, 2]}')).toBeUndefined();
    expect(problemWith('json', '{a: 1}')).toMatch(/Not valid JSON/);
    expect(problemWith('array', '{"a,b",c,{1,2}}')).toBeUndefined();
    expect(problemWith('array', '{a,b')).toBeDefined();
    expect(problemWith('array', '{"a}')).toBeDefined();
    expect(problemWith('uuid', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')).toBeUndefined();
    expect(problemWith('bytea', '\\x00ff')).toBeUndefined();
    expect(problemWith('bytea', '\\x0')).toBeDefined();
    expect(problemWith('date', '2024-02-29')).toBeUndefined();
    expect(problemWith('text', '')).toBeUndefined();
  });
});

describe('sorting and filtering', () => {
  it('cycles a header through ascending, descending and off; shift keeps the other columns', () => {
    let sort = nextSort([], 'a', false);
    expect(sortParam(sort)).toBe('a');
    sort = nextSort(sort, 'b', true);
    sort = nextSort(sort, 'a', true);
    expect(sortParam(sort)).toBe('-a,b');
    expect(sortParam(nextSort(sort, 'a', true))).toBe('b');
    expect(sortParam(nextSort(sort, 'c', false))).toBe('c');
  });

  it('sends filters as JSON with the values as given, and the cursor instead of the offset', () => {
    const target = {
      database: 'shop',
      schema: 'my schema',
      relation: 'a/b',
      kind: 'tables' as const,
    };
    const url = rowsUrl(
      target,
      {
        sort: [{ column: 'x', descending: true }],
        filters: [toFilter({ column: 'x', op: 'in', text: "a, b'; --" })],
        where: 'x > 1',
      },
      { offset: 400, limit: 200, after: 'tok' },
    );
    expect(url.startsWith('/api/v1/databases/shop/schemas/my%20schema/tables/a%2Fb/rows?')).toBe(
      true,
    );
    const search = new URLSearchParams(url.split('?')[1]);
    expect(search.get('after')).toBe('tok');
    expect(search.get('offset')).toBeNull();
    expect(search.get('sort')).toBe('-x');
    expect(JSON.parse(search.get('filter') ?? '')).toEqual([
      { column: 'x', op: 'in', value: ['a', "b'; --"] },
    ]);
    expect(search.get('where')).toBe('x > 1');
  });
});
