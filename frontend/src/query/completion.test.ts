import { describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { CompletionContext, type CompletionSource } from '@codemirror/autocomplete';
import { identifier, resolveAlias, sqlLanguage } from './completion';
import { CACHE_ENTRIES, cached, serverCatalog, type CatalogSource } from './catalogSource';

const relations = [
  { schema: 'archive', name: 'customers', kind: 'table' },
  { schema: 'public', name: 'customers', kind: 'table' },
  { schema: 'sales', name: 'orders', kind: 'table' },
  { schema: 'sales', name: 'order_totals', kind: 'view' },
];
const columns: Record<string, string[]> = {
  'public.customers': ['id', 'name', 'email'],
  'sales.orders': ['id', 'customer_id', 'total'],
};

/** A catalog as the server answers it (prefix and schema filters applied), recording what was asked. */
function fakeCatalog(asked: string[]): CatalogSource {
  return {
    schemas: async () => (asked.push('schemas'), ['public', 'sales']),
    relations: async (schema, prefix) => {
      asked.push(`relations ${schema ?? '*'} ${prefix}`);
      return relations.filter(
        (r) => (schema === null || r.schema === schema) && r.name.startsWith(prefix),
      );
    },
    columns: async (schema, relation) => {
      asked.push(`columns ${schema ?? '*'} ${relation}`);
      const key = schema ? `${schema}.${relation}` : `public.${relation}`;
      return columns[key] ?? [];
    },
    functions: async (prefix) => {
      asked.push(`functions ${prefix}`);
      return 'order_tax'.startsWith(prefix) ? [{ schema: 'sales', name: 'order_tax' }] : [];
    },
  };
}

/** The labels offered at the '|' in {@code text}, and what the server was asked for them. */
async function offered(text: string) {
  const asked: string[] = [];
  const pos = text.indexOf('|');
  const state = EditorState.create({
    doc: text.replace('|', ''),
    selection: { anchor: pos },
    extensions: [sqlLanguage(fakeCatalog(asked))],
  });
  const context = new CompletionContext(state, pos, true);
  const sources = state.languageDataAt<CompletionSource>('autocomplete', pos);
  const results = await Promise.all(sources.map((source) => source(context)));
  const labels = results.flatMap((result) => (result ? result.options.map((o) => o.label) : []));
  return { labels, asked };
}

describe('SQL completion asked of the server as the cursor needs it', () => {
  it('asks for relations by the typed prefix after FROM and JOIN, with the schemas', async () => {
    const afterFrom = await offered('SELECT * FROM |');
    expect(afterFrom.labels).toEqual(
      expect.arrayContaining(['customers', 'orders', 'order_totals', 'sales']),
    );
    expect(afterFrom.labels).not.toContain('order_tax');
    expect(afterFrom.asked).toEqual(expect.arrayContaining(['relations * ', 'schemas']));

    const afterJoin = await offered('SELECT * FROM customers c JOIN ord|');
    expect(afterJoin.labels).toEqual(expect.arrayContaining(['orders', 'order_totals']));
    expect(afterJoin.labels).not.toContain('customers');
    expect(afterJoin.asked).toContain('relations * ord');
  });

  it('offers the relation an unqualified name finds before its namesakes', async () => {
    const asked: string[] = [];
    const pos = 'SELECT * FROM cust'.length;
    const state = EditorState.create({
      doc: 'SELECT * FROM cust',
      selection: { anchor: pos },
      extensions: [sqlLanguage(fakeCatalog(asked))],
    });
    const sources = state.languageDataAt<CompletionSource>('autocomplete', pos);
    const results = await Promise.all(
      sources.map((source) => source(new CompletionContext(state, pos, true))),
    );
    const options = results.flatMap((r) => r?.options ?? []).filter((o) => o.label === 'customers');
    const best = options.reduce((a, b) => ((b.boost ?? 0) > (a.boost ?? 0) ? b : a));
    expect(best.apply).toBe('customers');
    expect(options.find((o) => o.apply === 'archive.customers')).toBeDefined();
  });

  it("asks for one schema's relations after schema.", async () => {
    const { labels, asked } = await offered('SELECT * FROM sales.or|');
    expect(labels).toEqual(expect.arrayContaining(['orders', 'order_totals']));
    expect(labels).not.toContain('customers');
    expect(asked).toEqual(['relations sales or']);
  });

  it("asks for an alias's columns after alias., resolving it in the statement", async () => {
    const { labels, asked } = await offered(
      'SELECT o.| FROM sales.orders o JOIN customers c ON c.id = o.customer_id',
    );
    expect(labels).toEqual(expect.arrayContaining(['id', 'customer_id', 'total']));
    expect(labels).not.toContain('email');
    expect(asked).toEqual(['columns sales orders']);
  });

  it("asks for a table's columns after table.", async () => {
    const { labels, asked } = await offered('SELECT customers.| FROM customers');
    expect(labels).toEqual(expect.arrayContaining(['id', 'name', 'email']));
    expect(asked).toEqual(['columns * customers']);
  });

  it('asks for functions by prefix elsewhere, and keeps the keywords', async () => {
    const functions = await offered('SELECT order_|');
    expect(functions.labels).toContain('order_tax');
    expect(functions.asked).toEqual(['functions order_']);
    expect((await offered('SEL|')).labels).toContain('SELECT');
  });

  it('reads identifiers as PostgreSQL does', () => {
    expect(identifier('Orders')).toBe('orders');
    expect(identifier('"Mixed ""Case"""')).toBe('Mixed "Case"');
    expect(resolveAlias('select * from "Sales".Orders AS o', 'o')).toEqual({
      schema: 'Sales',
      name: 'orders',
    });
    expect(resolveAlias('select 1', 'x')).toEqual({ schema: null, name: 'x' });
  });
});

describe("a tab's catalog cache", () => {
  it('asks the server once per question and encodes what was typed', async () => {
    const paths: string[] = [];
    const catalog = serverCatalog('my db', async (path) => (paths.push(path), []));
    await catalog.relations('sales', 'or');
    await catalog.relations('sales', 'or');
    await catalog.columns(null, 'a&b');
    expect(paths).toEqual([
      '/api/v1/databases/my%20db/completion/relations?schema=sales&prefix=or',
      '/api/v1/databases/my%20db/completion/columns?relation=a%26b',
    ]);
  });

  it('keeps a bounded number of answers, forgetting the least recently used', async () => {
    let loads = 0;
    const get = cached(async () => ++loads);
    for (let i = 0; i <= CACHE_ENTRIES; i++) await get(`/q${i}`);
    expect(loads).toBe(CACHE_ENTRIES + 1);
    await get(`/q${CACHE_ENTRIES}`);
    expect(loads).toBe(CACHE_ENTRIES + 1);
    await get('/q0');
    expect(loads).toBe(CACHE_ENTRIES + 2);
  });

  it('does not keep a failed answer', async () => {
    let calls = 0;
    const get = cached(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return 'ok';
    });
    await expect(get('/x')).rejects.toThrow('offline');
    await expect(get('/x')).resolves.toBe('ok');
  });
});
