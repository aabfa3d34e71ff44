import { File as FileIcon, Folder, LoaderCircle } from 'lucide-react';
import type { ReactNode } from 'react';
import type { StorageEntry, useListing } from './api';
import { errorText } from './Dialog';
import { formatBytes, formatDate } from './format';
import { SortableHeader } from './SortableHeader';
import type { Sort } from './sort';

/** The sortable Name / Size / Modified header shared by the Storage Manager and the file picker. */
export function FileTableHead({
  sort,
  onSort,
  extra,
}: {
  sort: Sort;
  onSort: (sort: Sort) => void;
  extra?: ReactNode;
}) {
  return (
    <thead>
      <tr>
        <SortableHeader label="Name" sortKey="name" sort={sort} onSort={onSort} />
        <SortableHeader label="Size" sortKey="size" sort={sort} onSort={onSort} className="num" />
        <SortableHeader label="Modified" sortKey="modifiedAt" sort={sort} onSort={onSort} />
        {extra}
      </tr>
    </thead>
  );
}

/** The row that stands for a listing still loading, failed, or empty; nothing once there are entries. */
export function ListingState({
  listing,
  columns,
  empty,
  emptyText,
  onTop,
}: {
  listing: ReturnType<typeof useListing>;
  columns: number;
  empty: boolean;
  emptyText: string;
  onTop?: () => void;
}) {
  if (listing.isPending) {
    return (
      <tr>
        <td colSpan={columns} className="empty-state">
          <LoaderCircle size={14} className="spin" aria-hidden="true" /> Loading…
        </td>
      </tr>
    );
  }
  if (listing.isError) {
    return (
      <tr>
        <td colSpan={columns} className="form-error" role="alert">
          {errorText(listing.error)}{' '}
          {onTop && (
            <button type="button" className="link-button" onClick={onTop}>
              Back to the top
            </button>
          )}
        </td>
      </tr>
    );
  }
  if (!empty) return null;
  return (
    <tr>
      <td colSpan={columns} className="empty-state" data-testid="storage-empty">
        {emptyText}
      </td>
    </tr>
  );
}

export function EntryIcon({ entry }: { entry: StorageEntry }) {
  return entry.type === 'directory' ? (
    <Folder size={14} aria-hidden="true" className="icon-folder" />
  ) : (
    <FileIcon size={14} aria-hidden="true" className="icon-file" />
  );
}

/** The Size and Modified cells of an entry. */
export function EntryFacts({ entry }: { entry: StorageEntry }) {
  return (
    <>
      <td className="num">{entry.size === null ? '' : formatBytes(entry.size)}</td>
      <td>{formatDate(entry.modifiedAt)}</td>
    </>
  );
}
