import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { Lock } from 'lucide-react';
import type { Deployment } from '../api/types';
import { wholeValue, type RowsQuery } from './api';
import { displayText } from './editors';
import { isPreview } from '../ui/longValues';
import { ValueViewer } from '../ui/ValueViewer';
import type { Move } from './CellEditor';
import { ConflictResolver } from './ConflictResolver';
import { PagedGrid, type CellPosition, type PagedGridHandle } from '../ui/PagedGrid';
import { FilterPanel } from './FilterPanel';
import { ImportFlow } from './ImportFlow';
import {
  EMPTY_HISTORY,
  addInsert,
  addInserts,
  changeCount,
  parsePastedRows,
  record,
  refOf,
  setCell,
  setInsertCell,
  undo,
  type History,
} from './pending';
import type { CellValue, DataTarget } from './types';
import { KEPT_PAGES, PAGE_SIZE, useDataRows } from './useDataRows';
import { deleting, markedRows, newRowValues, useRowModel } from './rowModel';
import { handleGridKey } from './gridKeys';
import { useActiveRow } from './useActiveRow';
import { useSaveChanges } from './useSaveChanges';
import { useDataMenu } from './useDataMenu';
import { gridColumnsOf, nextSort, rowMark } from './gridPresentation';
import { dataCells } from './dataCells';
import { DataToolbar } from './DataToolbar';
import { DataStatus, type Saved } from './DataStatus';
import './data.css';
import './data-grid.css';

/**
 * View/Edit Data: a relation in a virtualised grid with server-side paging, sort, filters and counts, and for
 * editable tables in-place editing with pending changes, undo, and one Save that applies them all in one transaction;
 * a row someone else changed meanwhile opens the side-by-side resolver.
 */
export function DataTab({ target, deployment }: { target: DataTarget; deployment: Deployment }) {
  const [query, setQuery] = useState<RowsQuery>({
    sort: [],
    filters: target.filters ?? [],
    where: '',
  });
  const [cap, setCap] = useState<number | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const grid = useRef<PagedGridHandle<unknown[]>>(null);
  const pages = useDataRows(target, query, cap, version);
  const [history, setHistory] = useState<History>(EMPTY_HISTORY);
  const [active, setActive] = useState<CellPosition | undefined>();
  const [editing, setEditing] = useState<{ initialText?: string } | undefined>();
  const [viewing, setViewing] = useState<CellPosition>();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [filtersOpen, setFiltersOpen] = useState<{ column?: string } | undefined>();
  const [exact, setExact] = useState<{ key: string; count: number } | undefined>();
  const [saved, setSaved] = useState<Saved | undefined>();
  const [importOpen, setImportOpen] = useState(false);

  const meta = pages.meta;
  const columns = useMemo(() => meta?.columns ?? [], [meta]);
  const key = useMemo(() => meta?.key ?? [], [meta]);
  const pending = history.pending;
  const inserts = pending.inserts;
  const editable = deployment.capabilities.write && (meta?.editable ?? false);
  // A table without a key cannot be edited in place, yet rows can be imported into it.
  const canImport = deployment.capabilities.write && target.kind === 'tables';
  const kept = pages.kept;
  // Rows not saved yet, then rows just saved, lead the server's: the grid keeps them in sight at the top. Only their
  // number makes new rows there; an edit in one is drawn as any other cell's.
  const insertCount = inserts.length;
  const leadRows = useMemo(
    () => [...Array.from({ length: insertCount }, () => []), ...kept],
    [insertCount, kept],
  );
  const lead = leadRows.length;
  const rowCount = () => lead + (grid.current?.rowCount() ?? 0);
  const queryKey = JSON.stringify([query, version]);

  const change = useCallback((update: (h: History) => History) => setHistory(update), []);
  const focusGrid = () => grid.current?.element()?.focus();
  const last = useActiveRow({
    grid,
    lead,
    end: pages.end,
    active,
    setActive,
    countRows: () => count(),
  });

  const { rowInfo, valueAt, canEdit } = useRowModel({
    serverRow: (index) =>
      index < kept.length
        ? kept[index]
        : (grid.current?.rowAt(inserts.length + index) as unknown[] | undefined),
    columns,
    key,
    pending,
    editable,
  });

  const commit = (position: CellPosition, value: CellValue) => {
    const info = rowInfo(position.row);
    const column = columns[position.column];
    if (!info || !column) return;
    if (info.kind === 'insert')
      change((h) => record(h, setInsertCell(h.pending, info.insert.id, column.name, value)));
    else
      change((h) =>
        record(h, setCell(h.pending, info.id, refOf(key, info.row), column.name, value)),
      );
  };

  const move = (position: CellPosition, direction: Move) => {
    if (direction === 'down')
      setActive({ row: Math.min(rowCount() - 1, position.row + 1), column: position.column });
    if (direction === 'right')
      setActive({ row: position.row, column: Math.min(columns.length - 1, position.column + 1) });
  };

  const addRow = () => {
    change((h) => record(h, addInsert(h.pending, newRowValues(columns))));
    const firstEditable = Math.max(
      0,
      columns.findIndex((c) => c.editable),
    );
    setActive({ row: inserts.length, column: firstEditable });
  };

  const deleteSelected = () => {
    const indices = selected.size ? [...selected] : active ? [active.row] : [];
    change((h) => record(h, deleting(indices, rowInfo, key)(h.pending)));
    setSelected(new Set());
  };

  const refresh = () => {
    setVersion((v) => v + 1);
    setExact(undefined);
  };

  const { saving, conflicts, failedRow, save, resolve, closeConflicts } = useSaveChanges(
    target,
    history,
    {
      setHistory,
      report: setSaved,
      refresh,
      keep: pages.keep,
      stopEditing: () => setEditing(undefined),
    },
  );

  const count = async () => {
    const total = await pages.countRows();
    setExact({ key: queryKey, count: total });
    return cap === undefined ? total : Math.min(total, cap);
  };

  /** A value the page has only a preview of is read whole before it can be viewed or edited. */
  const wholeAt = (position: CellPosition): Promise<string | null> => {
    const value = valueAt(position);
    if (isPreview(value)) return wholeValue(target, query, position.row - lead, position.column);
    return Promise.resolve(value === null || value === undefined ? null : displayText(value));
  };
  const startEditing = (position: CellPosition | undefined, initialText?: string) => {
    if (!position || initialText !== undefined || !isPreview(valueAt(position)))
      return setEditing({ initialText });
    void wholeAt(position).then((whole) => setEditing({ initialText: whole ?? '' }));
  };

  const menu = useDataMenu({
    target,
    columns,
    active,
    selected,
    valueAt,
    wholeAt,
    setViewing,
    setSaved,
    // A right click outside the marked rows acts on the cell clicked, as in a spreadsheet.
    focusCell: (position) => {
      setSelected(new Set());
      onCellClick(position);
    },
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) =>
    last.onKeyDown(event, columns.length) ||
    handleGridKey(event, {
      active,
      rowCount: rowCount(),
      lastRow: last.lastRow ?? rowCount() - 1,
      columnCount: columns.length,
      setActive,
      undo: () => change(undo),
      save: () => void save(),
      canEdit,
      edit: (initialText) => startEditing(active, initialText),
      canDelete: editable && (selected.size > 0 || active !== undefined),
      deleteRows: deleteSelected,
      copy: menu.copy,
      openMenu: () => menu.openFromKeys(event.currentTarget),
    });

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (!editable || editing) return;
    const text = event.clipboardData.getData('text/plain');
    const rows = parsePastedRows(text, columns);
    if (!rows.length) return;
    event.preventDefault();
    change((h) => record(h, addInserts(h.pending, rows)));
    setSaved({ message: `Pasted ${rows.length} new row${rows.length === 1 ? '' : 's'}.` });
  };

  const onCellClick = (position: CellPosition) => {
    if (editing && active && (active.row !== position.row || active.column !== position.column))
      setEditing(undefined);
    setActive(position);
  };

  const onRowHeaderClick = (row: number, event: MouseEvent) => {
    setSelected((current) => markedRows(current, row, event, active?.row));
    setActive({ row, column: active?.column ?? 0 });
  };

  const gridColumns = useMemo(
    () =>
      gridColumnsOf(
        columns,
        query.sort,
        (column) => setFiltersOpen({ column }),
        (column, keepOthers) =>
          setQuery((q) => ({ ...q, sort: nextSort(q.sort, column, keepOthers) })),
      ),
    [columns, query.sort],
  );
  const cells = dataCells({
    target,
    columns,
    foreignKeys: meta?.foreignKeys ?? [],
    active,
    editing,
    selected,
    pending,
    failedRow,
    rowInfo,
    valueAt,
    view: setViewing,
    commit: (position, value, direction) => {
      commit(position, value);
      setEditing(undefined);
      move(position, direction);
      focusGrid();
    },
    cancel: () => {
      setEditing(undefined);
      focusGrid();
    },
  });
  const pendingCount = changeCount(pending);

  return (
    <div className="data-tab" data-testid="data-tab">
      <DataToolbar
        target={target}
        query={query}
        cap={cap}
        onCap={setCap}
        loading={pages.loading}
        editable={editable}
        canImport={canImport}
        canDelete={selected.size > 0 || active !== undefined}
        canUndo={history.past.length > 0}
        saving={saving}
        pendingCount={pendingCount}
        onRefresh={() => {
          pages.forget();
          refresh();
        }}
        onToggleFilters={() => setFiltersOpen(filtersOpen ? undefined : {})}
        onAddRow={addRow}
        onDelete={deleteSelected}
        onUndo={() => change(undo)}
        onSave={() => void save()}
        onImport={() => setImportOpen(true)}
      />
      {filtersOpen && (
        <FilterPanel
          key={filtersOpen.column ?? ''}
          columns={columns}
          filters={query.filters}
          where={query.where}
          focusColumn={filtersOpen.column}
          onApply={(filters, where) => {
            setQuery((q) => ({ ...q, filters, where }));
            setExact(undefined);
            setFiltersOpen(undefined);
          }}
          onClose={() => setFiltersOpen(undefined)}
        />
      )}
      {meta && !editable && (
        <div className="data-notice" data-testid="read-only-reason">
          <Lock size={12} aria-hidden="true" />
          Read-only:{' '}
          {deployment.capabilities.write
            ? meta.readOnlyReason
            : 'this deployment does not allow changes.'}
        </div>
      )}
      <PagedGrid<unknown[]>
        handle={grid}
        testId="data-grid"
        label={`Rows of ${target.schema}.${target.relation}`}
        className="data-grid"
        columns={gridColumns}
        rowHeight={26}
        headerHeight={40}
        gutterWidth={Math.max(44, String(lead + (pages.estimate ?? 0)).length * 8 + 22)}
        blockSize={PAGE_SIZE}
        blocksKept={KEPT_PAGES}
        read={pages.read}
        sourceKey={pages.sourceKey}
        initialRowCount={1}
        leadRows={leadRows}
        cellsVersion={[active, editing, pending, columns, meta]}
        rowsVersion={[pending, selected, failedRow]}
        renderCell={(_, position) => cells.render(position)}
        renderRowHeader={(_, i) => rowMark(rowInfo(i), i - inserts.length + 1, pending, failedRow)}
        cellClass={(_, position) => cells.cellClass(position)}
        rowClass={(_, index) => cells.rowClass(index)}
        onCellMouseDown={(position, event) =>
          position.column < 0 ? onRowHeaderClick(position.row, event) : onCellClick(position)
        }
        onCellDoubleClick={(position) => {
          if (position.column < 0) return;
          setActive(position);
          if (canEdit(position)) startEditing(position);
        }}
        onCellContextMenu={(position, event) =>
          position.column >= 0 && menu.openAt(event, position)
        }
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      <DataStatus
        count={exact?.key === queryKey ? exact.count : pages.exact}
        estimate={pages.estimate}
        onCount={() => void count()}
        pendingCount={pendingCount}
        error={pages.error}
        saved={saved}
      />
      {canImport && (
        <ImportFlow
          target={target}
          open={importOpen}
          onClose={() => setImportOpen(false)}
          report={setSaved}
          refresh={refresh}
        />
      )}
      {menu.element}
      {viewing && columns[viewing.column] && (
        <ValueViewer
          title={`${columns[viewing.column].name}, row ${viewing.row - inserts.length + 1}`}
          type={columns[viewing.column].type}
          load={() => wholeAt(viewing)}
          onClose={() => setViewing(undefined)}
        />
      )}
      {conflicts && (
        <ConflictResolver
          conflicts={conflicts.list}
          order={conflicts.order}
          pending={pending}
          columns={columns}
          onKeepMine={(conflict) => resolve(conflict, true)}
          onTakeTheirs={(conflict) => resolve(conflict, false)}
          onSave={() => void save()}
          onClose={closeConflicts}
        />
      )}
    </div>
  );
}
