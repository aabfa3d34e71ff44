import { describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { CompletionContext, type CompletionSource } from '@codemirror/autocomplete';
import { sqlLanguage } from './completion';
import type { Completion } from './api';

const catalog: Completion = {
  schemas: ['public', 'sales'],
  relations: [
    { schema: 'public', name: 'customers', kind: 'table', columns: ['id', 'name', 'email'] },
    { schema: 'sales', name: 'orders', kind: 'table', columns: ['id', 'customer_id', 'total'] },
    { schema: 'sales', name: 'order_totals', kind: 'view', columns: ['customer_id', 'sum'] },
  ],
  functions: [{ schema: 'sales', name: 'order_tax' }],
};

/** The labels offered at the '|' in {@code text}, as the editor would offer them when asked explicitly. */
async function offered(text: string) {
  const pos = text.indexOf('|');
  const state = EditorState.create({
    doc: text.replace('|', ''),
    selection: { anchor: pos },
    extensions: [sqlLanguage(catalog)],
  });
  const context = new CompletionContext(state, pos, true);
  const sources = state.languageDataAt<CompletionSource>('autocomplete', pos);
  const results = await Promise.all(sources.map((source) => source(context)));
  return results.flatMap((result) => (result ? result.options.map((o) => o.label) : []));
}

describe('SQL completion from the catalog', () => {
  it('offers relations and schemas after FROM and JOIN, not functions', async () => {
    const afterFrom = await offered('SELECT * FROM |');
    expect(afterFrom).toEqual(
      expect.arrayContaining(['customers', 'orders', 'order_totals', 'sales']),
    );
    expect(afterFrom).not.toContain('order_tax');

    const afterJoin = await offered('SELECT * FROM customers c JOIN ord|');
    expect(afterJoin).toEqual(expect.arrayContaining(['orders', 'order_totals']));
  });

  it("offers an alias's columns after alias.", async () => {
    const labels = await offered(
      'SELECT o.| FROM sales.orders o JOIN customers c ON c.id = o.customer_id',
    );
    expect(labels).toEqual(expect.arrayContaining(['id', 'customer_id', 'total']));
    expect(labels).not.toContain('email');
  });

  it("offers a schema's relations after schema.", async () => {
    const labels = await offered('SELECT * FROM sales.|');
    expect(labels).toEqual(expect.arrayContaining(['orders', 'order_totals']));
    expect(labels).not.toContain('customers');
  });

  it('offers functions and keywords elsewhere', async () => {
    const labels = await offered('SELECT order_|');
    expect(labels).toContain('order_tax');
    expect(await offered('SEL|')).toContain('SELECT');
  });
});
