import { appUrl } from '../api/base';
import {
  Download,
  Filter as FilterIcon,
  Plus,
  RefreshCw,
  Save,
  Trash2,
  Undo2,
  Upload,
} from 'lucide-react';
import { SPREADSHEET_SAFE } from '../ui/exports';
import { exportUrl, type RowsQuery } from './api';
import type { DataTarget } from './types';

const LIMITS = [undefined, 100, 500, 1000] as const;

interface DataToolbarProps {
  target: DataTarget;
  query: RowsQuery;
  cap: number | undefined;
  onCap: (cap: number | undefined) => void;
  loading: boolean;
  editable: boolean;
  canImport: boolean;
  canDelete: boolean;
  canUndo: boolean;
  saving: boolean;
  pendingCount: number;
  onRefresh: () => void;
  onToggleFilters: () => void;
  onAddRow: () => void;
  onDelete: () => void;
  onUndo: () => void;
  onSave: () => void;
  onImport: () => void;
}

/** View/Edit Data's toolbar: reading (refresh, filter, row cap), editing (add, delete, undo, save), import, exports. */
export function DataToolbar({
  target,
  query,
  cap,
  onCap,
  loading,
  editable,
  canImport,
  canDelete,
  canUndo,
  saving,
  pendingCount,
  onRefresh,
  onToggleFilters,
  onAddRow,
  onDelete,
  onUndo,
  onSave,
  onImport,
}: DataToolbarProps) {
  return (
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
        data-testid="refresh"
        onClick={onRefresh}
        title="Read the rows again"
      >
        <RefreshCw size={13} aria-hidden="true" className={loading ? 'spin' : ''} />
        Refresh
      </button>
      <button
        type="button"
        className={
          query.filters.length || query.where ? 'toolbar-button data-button--on' : 'toolbar-button'
        }
        data-testid="open-filters"
        onClick={onToggleFilters}
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
          onChange={(event) => onCap(event.target.value ? Number(event.target.value) : undefined)}
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
          <button type="button" className="toolbar-button" data-testid="add-row" onClick={onAddRow}>
            <Plus size={13} aria-hidden="true" />
            Add row
          </button>
          <button
            type="button"
            className="toolbar-button"
            data-testid="delete-rows"
            disabled={!canDelete}
            onClick={onDelete}
          >
            <Trash2 size={13} aria-hidden="true" />
            Delete
          </button>
          <button
            type="button"
            className="toolbar-button"
            data-testid="undo"
            disabled={!canUndo}
            onClick={onUndo}
          >
            <Undo2 size={13} aria-hidden="true" />
            Undo
          </button>
          <button
            type="button"
            className="toolbar-button primary"
            data-testid="save"
            disabled={saving || !pendingCount}
            onClick={onSave}
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
          onClick={onImport}
        >
          <Upload size={13} aria-hidden="true" />
          Import CSV…
        </button>
      )}
      <a
        className="toolbar-button"
        href={appUrl(exportUrl(target, query, 'csv'))}
        download
        data-testid="export-csv"
      >
        <Download size={13} aria-hidden="true" />
        CSV
      </a>
      <a
        className="toolbar-button"
        href={appUrl(`${exportUrl(target, query, 'csv')}&neutralizeFormulas=true`)}
        download
        title={SPREADSHEET_SAFE}
        data-testid="export-csv-safe"
      >
        <Download size={13} aria-hidden="true" />
        CSV for spreadsheets
      </a>
      <a className="toolbar-button" href={appUrl(exportUrl(target, query, 'json'))} download>
        <Download size={13} aria-hidden="true" />
        JSON
      </a>
    </div>
  );
}
