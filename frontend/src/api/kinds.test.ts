import { describe, expect, it } from 'vitest';
import {
  RELATION_KINDS,
  RELATION_KIND_OF_TYPE,
  ROUTINE_KINDS,
  SCHEMA_KINDS,
  TYPE_OF_KIND,
} from './kinds';

describe('the one list of schema kinds', () => {
  it('gives every kind its node type and back for relations', () => {
    expect(TYPE_OF_KIND['materialized-views']).toBe('materialized-view');
    expect(TYPE_OF_KIND['trigger-functions']).toBe('trigger-function');
    expect(Object.keys(TYPE_OF_KIND)).toHaveLength(SCHEMA_KINDS.length);
    expect(RELATION_KIND_OF_TYPE).toEqual({
      table: 'tables',
      view: 'views',
      'materialized-view': 'materialized-views',
      'foreign-table': 'foreign-tables',
    });
  });

  it('groups relations and routines by family', () => {
    expect([...RELATION_KINDS].sort()).toEqual([
      'foreign-tables',
      'materialized-views',
      'tables',
      'views',
    ]);
    expect([...ROUTINE_KINDS].sort()).toEqual([
      'aggregates',
      'functions',
      'procedures',
      'trigger-functions',
    ]);
    expect(ROUTINE_KINDS.has('sequences')).toBe(false);
  });
});
