import { describe, expect, it } from 'vitest';
import { WELCOME_TAB, queryToolTab, retitleTab, type TabsState } from './tabs';

describe('query tabs', () => {
  it('names a tab opened from a file after the file, and keeps where it came from', () => {
    const tab = queryToolTab('shop', 'SELECT 1;', 'reports/monthly.sql');
    expect(tab).toMatchObject({
      kind: 'query',
      title: 'monthly.sql · shop',
      database: 'shop',
      sql: 'SELECT 1;',
      file: 'reports/monthly.sql',
    });
    expect(queryToolTab('shop').title).toMatch(/^Query \d+ · shop$/);
  });

  it('retitles one tab, and leaves the state as it is when the title is the same', () => {
    const tab = queryToolTab('shop');
    const state: TabsState = { tabs: [WELCOME_TAB, tab], activeId: tab.id };

    const renamed = retitleTab(state, tab.id, 'a.sql · shop •');

    expect(renamed.tabs.map((t) => t.title)).toEqual(['Welcome', 'a.sql · shop •']);
    expect(renamed.activeId).toBe(tab.id);
    expect(retitleTab(renamed, tab.id, 'a.sql · shop •')).toBe(renamed);
    expect(retitleTab(state, 'no-such-tab', 'x')).toBe(state);
  });
});
