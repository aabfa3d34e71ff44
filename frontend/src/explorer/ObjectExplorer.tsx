import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { ChevronDown, ChevronRight, LoaderCircle, RefreshCw, Search } from 'lucide-react';
import { onCatalogChange } from '../api/catalogChanges';
import { apiGet } from '../api/client';
import type { Deployment } from '../api/types';
import { SINGLETON_TABS, type Tab } from '../app/tabs';
import { type NodeActionContext } from './actions';
import { explorerKey, paths } from './api';
import './builtinActions';
import './changeActions';
import { ContextMenu } from './ContextMenu';
import { filterRows, flatten, type ChildCache, type LoadState, type Row } from './flatten';
import { NodeIcon } from './icons';
import { SearchDialog } from './SearchDialog';
import { selectNode, useSelectedNode } from './selection';
import { serverNode, type TreeNode } from './tree';
import './explorer.css';

const ROW_HEIGHT = 24;
/** Until the list has been laid out (and in tests without layout), assume a viewport this tall. */
const FALLBACK_RECT = { width: 300, height: 800 };

export interface ObjectExplorerProps {
  deployment: Deployment;
  openTab?: (tab: Tab) => void;
}

/** The server's objects as a lazy, virtualised tree: children load when a node first expands. */
export function ObjectExplorer({ deployment, openTab = () => {} }: ObjectExplorerProps) {
  const root = useMemo(() => serverNode(deployment), [deployment]);
  const queryClient = useQueryClient();
  const [expanded, setExpanded] = useState<Map<string, TreeNode>>(() => new Map([[root.id, root]]));
  const [filter, setFilter] = useState('');
  const [menu, setMenu] = useState<{ row: Row; x: number; y: number }>();
  const [dialog, setDialog] = useState<React.ReactNode>();
  const selected = useSelectedNode();
  const cache = useRef<ChildCache>(new WeakMap());
  const scroller = useRef<HTMLDivElement>(null);

  const loading = [...expanded.values()].filter((node) => node.source);
  const loads = useQueries({
    queries: loading.map((node) => ({
      queryKey: explorerKey(node.source!),
      queryFn: () => (node.load ? node.load() : apiGet<unknown>(node.source!)),
    })),
    combine: (results) =>
      new Map<string, LoadState>(
        results.map((result, i) => [
          loading[i].source!,
          { status: result.status, data: result.data, error: result.error },
        ]),
      ),
  });
  const fetching = queryClient.isFetching({ queryKey: ['explorer'] }) > 0;

  const allRows = flatten(root, new Set(expanded.keys()), loads, cache.current);
  const rows = filterRows(allRows, filter);
  const activeIndex = rows.findIndex((row) => !row.message && row.node.id === selected?.id);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: FALLBACK_RECT,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : FALLBACK_RECT)),
  });

  const toggle = useCallback((node: TreeNode, open?: boolean) => {
    setExpanded((current) => {
      const isOpen = current.has(node.id);
      if (open === isOpen) return current;
      const next = new Map(current);
      if (isOpen) next.delete(node.id);
      else next.set(node.id, node);
      return next;
    });
  }, []);

  const refresh = useCallback(
    (node: TreeNode) => {
      const prefix = node.apiPath;
      // The nearest node above that fetched data also shows counts for this one: refresh it too.
      const above = ancestors(allRows, node.id).find((row) => row.node.source)?.node.source;
      void queryClient.invalidateQueries({
        predicate: (query) => {
          const [scope, path] = query.queryKey;
          if (scope !== 'explorer' || typeof path !== 'string') return false;
          return path === node.source || path === above || (!!prefix && path.startsWith(prefix));
        },
      });
    },
    [allRows, queryClient],
  );

  // What was restored, imported or run elsewhere shows here without a manual refresh.
  useEffect(
    () =>
      onCatalogChange((database) => {
        const prefix = paths.database(database);
        void queryClient.invalidateQueries({
          predicate: ({ queryKey: [scope, path] }) =>
            scope === 'explorer' &&
            typeof path === 'string' &&
            (path === prefix || path.startsWith(`${prefix}/`)),
        });
      }),
    [queryClient],
  );

  const context = (row: Row): NodeActionContext => ({
    node: row.node,
    deployment,
    refresh: () => refresh(row.node),
    refreshParent: () => {
      const parent = allRows.find((r) => r.key === row.parentKey);
      refresh(parent ? parent.node : row.node);
    },
    openTab,
    openDialog: (render) => setDialog(render(() => setDialog(undefined))),
  });

  const focusRow = (index: number) => {
    const row = rows[index];
    if (!row || row.message) return;
    selectNode(row.node);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const openProperties = (node: TreeNode) => {
    selectNode(node);
    openTab(SINGLETON_TABS.properties);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = activeIndex >= 0 ? activeIndex : -1;
    const row = rows[current];
    const step = (from: number, delta: number) => {
      for (let i = from + delta; i >= 0 && i < rows.length; i += delta) {
        if (!rows[i].message) return i;
      }
      return from;
    };
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        focusRow(step(current, 1));
        break;
      case 'ArrowUp':
        focusRow(current < 0 ? 0 : step(current, -1));
        break;
      case 'Home':
        focusRow(0);
        break;
      case 'PageDown':
      case 'PageUp': {
        const page = Math.max(
          1,
          Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1,
        );
        const target = current + (event.key === 'PageDown' ? page : -page);
        focusRow(Math.max(0, Math.min(rows.length - 1, target)));
        break;
      }
      case 'End':
        focusRow(step(rows.length, -1));
        break;
      case 'ArrowRight':
        if (row?.expandable && !row.expanded) toggle(row.node, true);
        else if (row?.expanded) focusRow(step(current, 1));
        break;
      case 'ArrowLeft':
        if (row?.expanded) toggle(row.node, false);
        else if (row?.parentKey) focusRow(rows.findIndex((r) => r.key === row.parentKey));
        break;
      case 'Enter':
        if (row) openProperties(row.node);
        break;
      case 'F10':
      case 'ContextMenu':
        // Shift+F10 is the context menu key of keyboards that have no Menu key.
        if (event.key === 'F10' && !event.shiftKey) {
          handled = false;
          break;
        }
        if (row)
          setMenu({
            row,
            x: 40,
            y: 40 + (current - (virtualizer.range?.startIndex ?? 0)) * ROW_HEIGHT,
          });
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  const onContextMenu = (event: MouseEvent, row: Row) => {
    event.preventDefault();
    selectNode(row.node);
    setMenu({ row, x: event.clientX, y: event.clientY });
  };

  return (
    <aside className="explorer" data-testid="explorer" aria-labelledby="explorer-title">
      <div className="panel-toolbar">
        <h2 id="explorer-title" className="panel-toolbar__title">
          Object Explorer
        </h2>
        <button
          type="button"
          className="icon-button"
          title="Search objects"
          aria-label="Search objects"
          data-testid="explorer-search"
          onClick={() =>
            setDialog(<SearchDialog onPick={openProperties} onClose={() => setDialog(undefined)} />)
          }
        >
          <Search size={13} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-button"
          title="Refresh"
          aria-label="Refresh Object Explorer"
          onClick={() => refresh(root)}
        >
          <RefreshCw size={13} aria-hidden="true" className={fetching ? 'spin' : ''} />
        </button>
      </div>
      <div className="explorer__filter">
        <input
          type="search"
          placeholder="Filter loaded objects"
          aria-label="Filter tree"
          data-testid="explorer-filter"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      <div
        ref={scroller}
        className="tree"
        role="tree"
        aria-label="Server objects"
        tabIndex={0}
        aria-activedescendant={activeIndex >= 0 ? rowDomId(activeIndex) : undefined}
        onKeyDown={onKeyDown}
      >
        <div className="tree__space" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <TreeRow
                key={row.key}
                row={row}
                domId={rowDomId(item.index)}
                top={item.start}
                selected={!row.message && row.node.id === selected?.id}
                onSelect={() => selectNode(row.node)}
                onToggle={() => toggle(row.node)}
                onOpen={() => (row.expandable ? toggle(row.node) : openProperties(row.node))}
                onContextMenu={(event) => onContextMenu(event, row)}
              />
            );
          })}
        </div>
      </div>
      {menu && (
        <ContextMenu
          context={context(menu.row)}
          x={menu.x}
          y={menu.y}
          onClose={() => setMenu(undefined)}
          onProperties={() => openProperties(menu.row.node)}
        />
      )}
      {dialog}
    </aside>
  );
}

const rowDomId = (index: number) => `explorer-row-${index}`;

function ancestors(rows: Row[], id: string): Row[] {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const found: Row[] = [];
  for (let key = byKey.get(id)?.parentKey; key; key = byKey.get(key)?.parentKey) {
    const row = byKey.get(key);
    if (row) found.push(row);
  }
  return found;
}

interface TreeRowProps {
  row: Row;
  domId: string;
  top: number;
  selected: boolean;
  onSelect: () => void;
  onToggle: () => void;
  onOpen: () => void;
  onContextMenu: (event: MouseEvent) => void;
}

function TreeRow({
  row,
  domId,
  top,
  selected,
  onSelect,
  onToggle,
  onOpen,
  onContextMenu,
}: TreeRowProps) {
  const indent = { paddingLeft: 4 + row.depth * 16 };
  const position = { transform: `translateY(${top}px)` };
  if (row.message) {
    return (
      <div className="tree__row tree__message" role="none" style={{ ...position, ...indent }}>
        {row.message === 'loading' && (
          <LoaderCircle size={12} aria-hidden="true" className="spin" />
        )}
        {row.message === 'loading'
          ? 'Loading…'
          : row.message === 'error'
            ? 'Could not load.'
            : 'None'}
      </div>
    );
  }
  const { node } = row;
  const legacyTestId =
    node.type === 'server'
      ? 'explorer-server'
      : node.type === 'database'
        ? 'explorer-database'
        : undefined;
  return (
    <div
      id={domId}
      className={selected ? 'tree__row tree__row--selected' : 'tree__row'}
      role="treeitem"
      aria-level={row.depth + 1}
      aria-expanded={row.expandable ? row.expanded : undefined}
      aria-selected={selected}
      data-testid={`tree-node-${node.id}`}
      style={{ ...position, ...indent }}
      onClick={onSelect}
      onDoubleClick={onOpen}
      onContextMenu={onContextMenu}
      title={node.meta ? `${node.label} — ${node.meta}` : node.label}
    >
      {row.expandable ? (
        <span
          className="tree__twisty"
          data-testid={legacyTestId}
          onClick={(event) => {
            event.stopPropagation();
            onSelect();
            onToggle();
          }}
        >
          {row.expanded ? (
            <ChevronDown size={13} aria-hidden="true" />
          ) : (
            <ChevronRight size={13} aria-hidden="true" />
          )}
        </span>
      ) : (
        <span className="tree__twisty tree__twisty--leaf" data-testid={legacyTestId} />
      )}
      <NodeIcon type={node.type} className={`tree__icon tree__icon--${node.type}`} />
      <span className="tree__label">{node.label}</span>
      {row.count !== undefined && <span className="tree__count">({row.count})</span>}
      {node.meta && <span className="tree__meta">{node.meta}</span>}
    </div>
  );
}
