import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import {
  Download,
  Filter as FilterIcon,
  Hash,
  Link,
  Lock,
  Plus,
  RefreshCw,
  Save,
  Trash2,
  Undo2,
  Upload,
} from 'lucide-react';
import { apiGet, apiSend, isApiError } from '../api/client';
import type { Deployment } from '../api/types';
import type { Job } from '../jobs/api';
import { selectJob } from '../jobs/selection';
import { useJobEnd } from '../jobs/useJobEnd';
import { changesUrl, countUrl, exportUrl, importSummary, type RowsQuery } from './api';
import { CellEditor, type Move } from './CellEditor';
import { ConflictResolver } from './ConflictResolver';
import { DataGrid, type CellPosition, type GridColumn } from './DataGrid';
import { displayText } from './editors';
import { FilterPanel } from './FilterPanel';
import { ImportDialog } from './ImportDialog';
import { openDataTab } from './openDataTab';
import {
  EMPTY_HISTORY,
  addInsert,
  changeCount,
  isDefault,
  keepMine,
  markDeleted,
  parsePastedRows,
  record,
  refOf,
  removeInserts,
  rowId,
  setCell,
  setInsertCell,
  takeTheirs,
  toRequest,
  undo,
  type History,
  type PendingInsert,
  type RequestOrder,
} from './pending';
import type {
  Cell,
  CellValue,
  Conflict,
  DataColumn,
  DataTarget,
  ForeignKey,
  SortTerm,
} from './types';
import { useRowPages } from './useRowPages';
import './data.css';
import { errorText } from '../ui/errorText';
import { SPREADSHEET_SAFE } from '../ui/exports';

const LIMITS = [undefined, 100, 500, 1000] as const;

function columnWidth(column: DataColumn): number {
  const header = Math.max(column.name.length, column.type.length) * 7 + 36;
  const content = ['S', 'U', 'A'].includes(column.category) ? 170 : 100;
  return Math.min(320, Math.max(content, header));
}

/** Cycles a column's sort: ascending, descending, off. With shift the other columns' sorts stay. */
export function nextSort(sort: SortTerm[], column: string, keepOthers: boolean): SortTerm[] {
  const existing = sort.find((term) => term.column === column);
  const others = keepOthers ? sort.filter((term) => term.column !== column) : [];
  if (!existing) return [...others, { column, descending: false }];
  if (!existing.descending) {
    const flipped = { column, descending: true };
    return keepOthers ? sort.map((term) => (term.column === column ? flipped : term)) : [flipped];
  }
  return others;
}

type RowInfo =
  | { kind: 'insert'; insert: PendingInsert }
  | { kind: 'server'; id: string; row: Record<string, Cell> };

interface Saved {
  message: string;
  error?: boolean;
}

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
  const pages = useRowPages(target, query, cap, version);
  const [history, setHistory] = useState<History>(EMPTY_HISTORY);
  const [active, setActive] = useState<CellPosition | undefined>();
  const [editing, setEditing] = useState<{ initialText?: string } | undefined>();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [filtersOpen, setFiltersOpen] = useState<{ column?: string } | undefined>();
  const [exact, setExact] = useState<{ key: string; count: number } | undefined>();
  const [saved, setSaved] = useState<Saved | undefined>();
  const [saving, setSaving] = useState(false);
  const [conflicts, setConflicts] = useState<
    { list: Conflict[]; order: RequestOrder } | undefined
  >();
  const [importOpen, setImportOpen] = useState(false);
  const [importing, setImporting] = useState<number>();
  const wrapper = useRef<HTMLDivElement>(null);

  const meta = pages.meta;
  const columns = useMemo(() => meta?.columns ?? [], [meta]);
  const key = useMemo(() => meta?.key ?? [], [meta]);
  const pending = history.pending;
  const inserts = pending.inserts;
  const editable = deployment.capabilities.write && (meta?.editable ?? false);
  // A table without a key cannot be edited in place, yet rows can be imported into it.
  const canImport = deployment.capabilities.write && target.kind === 'tables';
  const rowCount = inserts.length + pages.rowCount;
  const queryKey = JSON.stringify([query, version]);

  const change = useCallback((update: (h: History) => History) => setHistory(update), []);
  const ensure = pages.ensure;
  const insertCount = inserts.length;
  const onVisibleRowsChange = useCallback(
    (first: number, last: number) =>
      ensure(Math.max(0, first - insertCount), Math.max(0, last - insertCount)),
    [ensure, insertCount],
  );
  const focusGrid = () => wrapper.current?.querySelector<HTMLElement>('[role=grid]')?.focus();

  /** What the grid shows at a row index: pending inserts first, then the server's rows. */
  const rowInfo = useCallback(
    (index: number): RowInfo | undefined => {
      if (index < inserts.length) return { kind: 'insert', insert: inserts[index] };
      const values = pages.rowAt(index - inserts.length);
      if (!values) return undefined;
      const row = Object.fromEntries(columns.map((column, i) => [column.name, values[i] as Cell]));
      return { kind: 'server', id: rowId(key, row), row };
    },
    [inserts, pages, columns, key],
  );

  const valueAt = (position: CellPosition): CellValue | undefined => {
    const info = rowInfo(position.row);
    const column = columns[position.column];
    if (!info || !column) return undefined;
    if (info.kind === 'insert')
      return column.name in info.insert.values
        ? info.insert.values[column.name]
        : { $default: true };
    const update = pending.updates[info.id];
    return update && column.name in update.set ? update.set[column.name] : info.row[column.name];
  };

  const rowAt = (index: number) => {
    const info = rowInfo(index);
    if (!info) return undefined;
    return columns.map((_, column) => valueAt({ row: index, column }));
  };

  const canEdit = (position: CellPosition) => {
    const info = rowInfo(position.row);
    const column = columns[position.column];
    if (!editable || !info || !column || !column.editable) return false;
    return info.kind === 'insert' || !(info.id in pending.deletes);
  };

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
      setActive({ row: Math.min(rowCount - 1, position.row + 1), column: position.column });
    if (direction === 'right')
      setActive({ row: position.row, column: Math.min(columns.length - 1, position.column + 1) });
  };

  const addRow = () => {
    const values: Record<string, CellValue> = {};
    for (const column of columns) {
      if (!column.editable) continue;
      values[column.name] = column.hasDefault ? { $default: true } : null;
    }
    change((h) => record(h, addInsert(h.pending, values)));
    setActive({
      row: inserts.length,
      column: Math.max(
        0,
        columns.findIndex((c) => c.editable),
      ),
    });
  };

  const deleteSelected = () => {
    const rows = selected.size ? [...selected] : active ? [active.row] : [];
    const insertIds: number[] = [];
    const server: { id: string; ref: ReturnType<typeof refOf> }[] = [];
    for (const index of rows) {
      const info = rowInfo(index);
      if (!info) continue;
      if (info.kind === 'insert') insertIds.push(info.insert.id);
      else server.push({ id: info.id, ref: refOf(key, info.row) });
    }
    change((h) => record(h, markDeleted(removeInserts(h.pending, insertIds), server)));
    setSelected(new Set());
  };

  const refresh = () => {
    setVersion((v) => v + 1);
    setExact(undefined);
  };

  const save = async () => {
    if (!changeCount(pending)) return refresh();
    const { request, order } = toRequest(pending);
    setSaving(true);
    try {
      const result = await apiSend<{ inserted: number; updated: number; deleted: number }>(
        'POST',
        changesUrl(target),
        request,
      );
      setHistory(EMPTY_HISTORY);
      setConflicts(undefined);
      setEditing(undefined);
      setSaved({
        message: `Saved: ${result.inserted} inserted, ${result.updated} updated, ${result.deleted} deleted.`,
      });
      refresh();
    } catch (error) {
      if (isApiError(error) && error.status === 409 && Array.isArray(error.problem.conflicts)) {
        setConflicts({ list: error.problem.conflicts as Conflict[], order });
        setSaved({ message: 'Nothing was saved: some rows changed meanwhile.', error: true });
        // Show what the rows hold now; the pending changes keep what they were based on until resolved.
        refresh();
      } else {
        setSaved({ message: errorText(error), error: true });
      }
    } finally {
      setSaving(false);
    }
  };

  const resolve = (conflict: Conflict, mine: boolean) => {
    if (!conflicts) return;
    change((h) =>
      record(
        h,
        mine
          ? keepMine(h.pending, conflict, conflicts.order)
          : takeTheirs(h.pending, conflict, conflicts.order),
      ),
    );
    setConflicts({ ...conflicts, list: conflicts.list.filter((c) => c !== conflict) });
  };

  const importEnded = (job: Job) => {
    setImporting(undefined);
    if (job.status === 'succeeded') {
      refresh();
      void importSummary(job.id).then((message) => setSaved({ message }));
    } else {
      setSaved({
        message: `Import ${job.status}: ${job.note ?? 'see its log in Processes.'}`,
        error: true,
      });
    }
  };
  useJobEnd(importing, importEnded);

  const count = async () => {
    const answer = await apiGet<{ count: number }>(countUrl(target, query));
    setExact({ key: queryKey, count: answer.count });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const modifier = event.ctrlKey || event.metaKey;
    if (modifier && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      change(undo);
      return;
    }
    if (modifier && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
      return;
    }
    if (!active) {
      if (event.key.startsWith('Arrow') && rowCount) setActive({ row: 0, column: 0 });
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-20, 0],
      PageDown: [20, 0],
    };
    if (moves[event.key]) {
      event.preventDefault();
      const [dr, dc] = moves[event.key];
      setActive({
        row: Math.max(0, Math.min(rowCount - 1, active.row + dr)),
        column: Math.max(0, Math.min(columns.length - 1, active.column + dc)),
      });
    } else if ((event.key === 'Enter' || event.key === 'F2') && canEdit(active)) {
      event.preventDefault();
      setEditing({});
    } else if (event.key === 'Delete' && editable && (selected.size || active)) {
      event.preventDefault();
      deleteSelected();
    } else if (event.key.length === 1 && !modifier && canEdit(active)) {
      event.preventDefault();
      setEditing({ initialText: event.key });
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (!editable || editing) return;
    const text = event.clipboardData.getData('text/plain');
    const rows = parsePastedRows(text, columns);
    if (!rows.length) return;
    event.preventDefault();
    change((h) =>
      record(
        h,
        rows.reduce((p, values) => addInsert(p, values), h.pending),
      ),
    );
    setSaved({ message: `Pasted ${rows.length} new row${rows.length === 1 ? '' : 's'}.` });
  };

  const onRowHeaderClick = (row: number, event: MouseEvent) => {
    setSelected((current) => {
      const next = new Set(event.ctrlKey || event.metaKey || event.shiftKey ? current : []);
      if (event.shiftKey && active) {
        for (let i = Math.min(active.row, row); i <= Math.max(active.row, row); i++) next.add(i);
      } else if (next.has(row)) next.delete(row);
      else next.add(row);
      return next;
    });
    setActive({ row, column: active?.column ?? 0 });
  };

  const foreignKeyOf = (column: string): ForeignKey | undefined =>
    meta?.foreignKeys.find((fk) => fk.columns.includes(column));

  const followForeignKey = (fk: ForeignKey, row: number) => {
    const filters = fk.columns.map((column, i) => ({
      column: fk.referencedColumns[i],
      op: '=' as const,
      value: valueAt({ row, column: columns.findIndex((c) => c.name === column) }) as Cell,
    }));
    openDataTab({
      database: target.database,
      schema: fk.referencedSchema,
      relation: fk.referencedTable,
      kind: 'tables',
      filters,
    });
  };

  const gridColumns: GridColumn[] = columns.map((column) => {
    const position = query.sort.findIndex((term) => term.column === column.name);
    return {
      id: column.name,
      title: column.name,
      subtitle: column.type,
      description: `${column.name} ${column.type}${column.nullable ? '' : ' NOT NULL'}${column.reason ? ` — read-only: ${column.reason}` : ''}`,
      width: columnWidth(column),
      sort:
        position < 0
          ? undefined
          : {
              descending: query.sort[position].descending,
              position: query.sort.length > 1 ? position + 1 : undefined,
            },
      headerAction: (
        <button
          type="button"
          className="icon-button data-grid__filter"
          aria-label={`Filter by ${column.name}`}
          onClick={(event) => {
            event.stopPropagation();
            setFiltersOpen({ column: column.name });
          }}
        >
          <FilterIcon size={11} aria-hidden="true" />
        </button>
      ),
    };
  });

  const renderCell = (value: unknown, position: CellPosition) => {
    const column = columns[position.column];
    const fk =
      column && value !== null && value !== undefined && !isDefault(value as CellValue)
        ? foreignKeyOf(column.name)
        : undefined;
    const text =
      value === null || value === undefined ? (
        <span className="data-grid__null">NULL</span>
      ) : isDefault(value as CellValue) ? (
        <span className="data-cell__default">DEFAULT</span>
      ) : (
        <span className="data-cell__text">{displayText(value as CellValue)}</span>
      );
    if (!fk) return text;
    return (
      <>
        {text}
        <button
          type="button"
          className="icon-button data-cell__link"
          aria-label={`Open the ${fk.referencedTable} row`}
          title={`Open the referenced row in ${fk.referencedSchema}.${fk.referencedTable}`}
          onClick={(event) => {
            event.stopPropagation();
            followForeignKey(fk, position.row);
          }}
        >
          <Link size={11} aria-hidden="true" />
        </button>
      </>
    );
  };

  const cellClassName = (position: CellPosition) => {
    const info = rowInfo(position.row);
    const column = columns[position.column];
    if (!info || !column) return undefined;
    const classes = [];
    if (
      !(info.kind === 'insert') &&
      pending.updates[info.id] &&
      column.name in pending.updates[info.id].set
    )
      classes.push('data-cell--edited');
    if (!column.editable) classes.push('data-cell--readonly');
    return classes.join(' ') || undefined;
  };

  const rowClassName = (index: number) => {
    const info = rowInfo(index);
    if (!info) return undefined;
    if (info.kind === 'insert') return 'data-row--new';
    if (info.id in pending.deletes) return 'data-row--deleted';
    if (pending.updates[info.id]) return 'data-row--edited';
    return undefined;
  };

  const rowLabel = (index: number) => {
    const info = rowInfo(index);
    if (info && info.kind === 'insert')
      return (
        <span className="data-row__mark" title="New row">
          +
        </span>
      );
    const server = index - inserts.length + 1;
    if (info && info.id in pending.deletes)
      return (
        <span className="data-row__mark" title="Deleted when saved">
          −{server}
        </span>
      );
    if (info && pending.updates[info.id])
      return (
        <span className="data-row__mark" title="Edited">
          ✎{server}
        </span>
      );
    return server;
  };

  const pendingCount = changeCount(pending);
  const rows = (n: number) => `${n.toLocaleString()} row${n === 1 ? '' : 's'}`;
  const countText =
    exact?.key === queryKey
      ? rows(exact.count)
      : pages.exact !== undefined
        ? rows(pages.exact)
        : pages.estimate !== undefined
          ? `≈ ${rows(pages.estimate)} (estimated)`
          : '';
  const error = pages.error;

  return (
    <div className="data-tab" data-testid="data-tab" ref={wrapper}>
      <div className="data-toolbar" role="toolbar" aria-label="Data">
        <span
          className="data-toolbar__title"
          title={`${target.database} · ${target.schema}.${target.relation}`}
        >
          {target.schema}.{target.relation}
        </span>
        <button
          type="button"
          className="toolbar-button"
          onClick={refresh}
          title="Read the rows again"
        >
          <RefreshCw size={13} aria-hidden="true" className={pages.loading ? 'spin' : ''} />
          Refresh
        </button>
        <button
          type="button"
          className={
            query.filters.length || query.where
              ? 'toolbar-button data-button--on'
              : 'toolbar-button'
          }
          data-testid="open-filters"
          onClick={() => setFiltersOpen(filtersOpen ? undefined : {})}
        >
          <FilterIcon size={13} aria-hidden="true" />
          Filter
          {query.filters.length || query.where
            ? ` (${query.filters.length + (query.where ? 1 : 0)})`
            : ''}
        </button>
        <label className="data-toolbar__limit">
          Rows
          <select
            aria-label="Row limit"
            value={cap ?? ''}
            onChange={(event) =>
              setCap(event.target.value ? Number(event.target.value) : undefined)
            }
          >
            {LIMITS.map((limit) => (
              <option key={limit ?? 'all'} value={limit ?? ''}>
                {limit ?? 'All'}
              </option>
            ))}
          </select>
        </label>
        {editable && (
          <>
            <span className="top-bar__divider" aria-hidden="true" />
            <button type="button" className="toolbar-button" data-testid="add-row" onClick={addRow}>
              <Plus size={13} aria-hidden="true" />
              Add row
            </button>
            <button
              type="button"
              className="toolbar-button"
              data-testid="delete-rows"
              disabled={!selected.size && !active}
              onClick={deleteSelected}
            >
              <Trash2 size={13} aria-hidden="true" />
              Delete
            </button>
            <button
              type="button"
              className="toolbar-button"
              data-testid="undo"
              disabled={!history.past.length}
              onClick={() => change(undo)}
            >
              <Undo2 size={13} aria-hidden="true" />
              Undo
            </button>
            <button
              type="button"
              className="toolbar-button data-button--primary"
              data-testid="save"
              disabled={saving || !pendingCount}
              onClick={() => void save()}
            >
              <Save size={13} aria-hidden="true" />
              Save{pendingCount ? ` (${pendingCount})` : ''}
            </button>
          </>
        )}
        <span className="data-toolbar__spacer" />
        {canImport && (
          <button
            type="button"
            className="toolbar-button"
            data-testid="import-csv"
            title="Import a CSV file from storage into this table, as a job"
            onClick={() => setImportOpen(true)}
          >
            <Upload size={13} aria-hidden="true" />
            Import CSV…
          </button>
        )}
        <a
          className="toolbar-button"
          href={exportUrl(target, query, 'csv')}
          download
          data-testid="export-csv"
        >
          <Download size={13} aria-hidden="true" />
          CSV
        </a>
        <a
          className="toolbar-button"
          href={`${exportUrl(target, query, 'csv')}&neutralizeFormulas=true`}
          download
          title={SPREADSHEET_SAFE}
          data-testid="export-csv-safe"
        >
          <Download size={13} aria-hidden="true" />
          CSV for spreadsheets
        </a>
        <a className="toolbar-button" href={exportUrl(target, query, 'json')} download>
          <Download size={13} aria-hidden="true" />
          JSON
        </a>
      </div>
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
      <DataGrid
        label={`Rows of ${target.schema}.${target.relation}`}
        testId="data-grid"
        columns={gridColumns}
        rowCount={rowCount}
        rowAt={rowAt}
        renderCell={renderCell}
        cellClassName={cellClassName}
        rowClassName={rowClassName}
        rowLabel={rowLabel}
        activeCell={active}
        selectedRows={selected}
        editor={
          editing && active && columns[active.column] ? (
            <CellEditor
              key={`${active.row}:${active.column}`}
              column={columns[active.column]}
              value={valueAt(active)}
              initialText={editing.initialText}
              onCommit={(value, direction) => {
                commit(active, value);
                setEditing(undefined);
                move(active, direction);
                focusGrid();
              }}
              onCancel={() => {
                setEditing(undefined);
                focusGrid();
              }}
            />
          ) : undefined
        }
        onVisibleRowsChange={onVisibleRowsChange}
        onHeaderClick={(index, event) => {
          const column = columns[index];
          if (!column) return;
          setQuery((q) => ({ ...q, sort: nextSort(q.sort, column.name, event.shiftKey) }));
        }}
        onCellClick={(position) => {
          if (
            editing &&
            active &&
            (active.row !== position.row || active.column !== position.column)
          )
            setEditing(undefined);
          setActive(position);
        }}
        onCellDoubleClick={(position) => {
          setActive(position);
          if (canEdit(position)) setEditing({});
        }}
        onRowHeaderClick={onRowHeaderClick}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      <div className="data-status" role="status">
        <span data-testid="row-count">{countText}</span>
        <button
          type="button"
          className="data-link-button"
          data-testid="count-rows"
          onClick={() => void count()}
        >
          <Hash size={11} aria-hidden="true" />
          Count exactly
        </button>
        {pendingCount > 0 && (
          <span className="data-status__pending" data-testid="pending-count">
            {pendingCount} pending change{pendingCount === 1 ? '' : 's'}
          </span>
        )}
        {error !== undefined && (
          <span className="data-error" role="alert">
            {errorText(error)}
          </span>
        )}
        {saved && (
          <span className={saved.error ? 'data-error' : 'muted'} data-testid="save-message">
            {saved.message}
          </span>
        )}
      </div>
      {importOpen && (
        <ImportDialog
          target={target}
          onClose={() => setImportOpen(false)}
          onStarted={(jobId, file) => {
            setImportOpen(false);
            setImporting(jobId);
            selectJob(jobId);
            setSaved({ message: `Importing ${file}: job ${jobId} is in Processes…` });
          }}
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
          onClose={() => setConflicts(undefined)}
        />
      )}
    </div>
  );
}
