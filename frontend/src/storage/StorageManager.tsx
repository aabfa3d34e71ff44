import { FolderOpen, FolderPlus, RefreshCw, Upload, X } from 'lucide-react';
import { useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import {
  createFolder,
  deleteEntry,
  moveEntry,
  useListing,
  useStorageRefresh,
  useUsage,
  type StorageEntry,
  type Usage,
} from './api';
import { Breadcrumbs } from './Breadcrumbs';
import { ConfirmDialog, NameDialog, errorText } from './Dialog';
import { FilePickerDialog } from './FilePicker';
import { formatAge, formatBytes } from './format';
import { joinPath } from './paths';
import { useOpenInQueryTool, type QueryToolOpener } from './OpenInQueryTool';
import { isScriptEntry } from './textFiles';
import { FileTableHead, ListingState } from './FileTableParts';
import { DEFAULT_SORT, sortEntries, type Sort } from './sort';
import { UploadList } from './UploadList';
import { useUploads } from './useUploads';
import './storage.css';
import { EntryRow } from './EntryRow';

type DialogState =
  { kind: 'new-folder' } | { kind: 'rename' | 'move' | 'delete'; entry: StorageEntry };

export interface StorageManagerProps {
  /** Given, scripts (.sql, .psql, .txt) have "Open in Query Tool". */
  onOpenInQueryTool?: QueryToolOpener;
}

/** The team's files: browse, upload (drop or pick), download, rename, move, delete, open scripts. */
export function StorageManager({ onOpenInQueryTool }: StorageManagerProps) {
  const [folder, setFolder] = useState('');
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [dialog, setDialog] = useState<DialogState>();
  const [error, setError] = useState<string>();
  const listing = useListing(folder);
  const usage = useUsage();
  const refresh = useStorageRefresh();
  const uploads = useUploads({
    free: usage.data ? usage.data.quota - usage.data.used : undefined,
    onStored: refresh,
  });
  const fileInput = useRef<HTMLInputElement>(null);
  const queryTool = useOpenInQueryTool(onOpenInQueryTool, setError);

  const entries = useMemo(
    () => sortEntries(listing.data?.entries ?? [], sort),
    [listing.data, sort],
  );

  const open = (path: string) => {
    setFolder(path);
    setError(undefined);
  };

  const act = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      await refresh();
    }
  };

  const closeDialog = () => setDialog(undefined);

  return (
    <div className="storage-manager" data-testid="storage-manager">
      <header className="storage-manager__header">
        <h1 className="panel-title">
          <FolderOpen size={16} aria-hidden="true" />
          Storage
        </h1>
        <UsageSummary usage={usage.data} />
      </header>
      {usage.data && (
        <p className="retention-note" data-testid="storage-retention">
          Files older than {formatAge(usage.data.maxAgeSeconds)} are removed — download what you
          want to keep.
        </p>
      )}

      <div className="storage-toolbar">
        <Breadcrumbs path={folder} onOpen={open} />
        <div className="storage-toolbar__actions">
          <button
            type="button"
            className="toolbar-button"
            data-testid="storage-upload-button"
            onClick={() => fileInput.current?.click()}
          >
            <Upload size={14} aria-hidden="true" />
            Upload
          </button>
          <input
            ref={fileInput}
            type="file"
            multiple
            hidden
            data-testid="storage-file-input"
            onChange={(event) => {
              uploads.start(folder, Array.from(event.target.files ?? []));
              event.target.value = '';
            }}
          />
          <button
            type="button"
            className="toolbar-button"
            data-testid="storage-new-folder"
            onClick={() => setDialog({ kind: 'new-folder' })}
          >
            <FolderPlus size={14} aria-hidden="true" />
            New folder
          </button>
          <button
            type="button"
            className="icon-button"
            data-testid="storage-refresh"
            aria-label="Refresh"
            title="Refresh"
            onClick={() => refresh()}
          >
            <RefreshCw size={14} aria-hidden="true" />
          </button>
        </div>
      </div>

      {error && (
        <div className="storage-error" role="alert" data-testid="storage-error">
          <span>{error}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => setError(undefined)}
          >
            <X size={13} aria-hidden="true" />
          </button>
        </div>
      )}

      <DropZone folder={folder} onFiles={(files) => uploads.start(folder, files)}>
        <table className="file-table" data-testid="storage-table">
          <FileTableHead
            sort={sort}
            onSort={setSort}
            extra={
              <th scope="col" className="file-table__actions">
                <span className="visually-hidden">Actions</span>
              </th>
            }
          />
          <tbody>
            <ListingState
              listing={listing}
              columns={4}
              empty={entries.length === 0}
              emptyText="No files here. Drop files on this list or use Upload."
              onTop={() => open('')}
            />
            {entries.map((entry) => (
              <EntryRow
                key={entry.name}
                entry={entry}
                path={joinPath(folder, entry.name)}
                onOpen={open}
                onAction={(kind) => setDialog({ kind, entry })}
                onOpenInQueryTool={
                  queryTool.enabled && isScriptEntry(entry)
                    ? () => void queryTool.start(joinPath(folder, entry.name))
                    : undefined
                }
              />
            ))}
          </tbody>
        </table>
      </DropZone>

      <UploadList
        items={uploads.items}
        onCancel={uploads.cancel}
        onReplace={uploads.replace}
        onDismiss={uploads.dismiss}
        onClearFinished={uploads.clearFinished}
      />

      {queryTool.dialog}
      {dialog?.kind === 'new-folder' && (
        <NameDialog
          title="New folder"
          label={`New folder in ${folder === '' ? 'Storage' : folder}`}
          confirmLabel="Create"
          onSubmit={async (name) => {
            await createFolder(joinPath(folder, name));
            await refresh();
          }}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'rename' && (
        <NameDialog
          title={`Rename ${dialog.entry.name}`}
          label="New name"
          initial={dialog.entry.name}
          confirmLabel="Rename"
          onSubmit={async (name) => {
            await moveEntry(joinPath(folder, dialog.entry.name), joinPath(folder, name));
            await refresh();
          }}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'move' && (
        <FilePickerDialog
          title={`Move ${dialog.entry.name}`}
          mode="save"
          initialFolder={folder}
          initialName={dialog.entry.name}
          pickLabel="Move here"
          allowExisting={false}
          onPick={(choice) => {
            closeDialog();
            act(() => moveEntry(joinPath(folder, dialog.entry.name), choice.path));
          }}
          onCancel={closeDialog}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={dialog.entry.type === 'directory' ? 'Delete folder' : 'Delete file'}
          message={
            dialog.entry.type === 'directory' ? (
              <>
                Delete the folder <strong>{dialog.entry.name}</strong> and everything in it? This
                cannot be undone.
              </>
            ) : (
              <>
                Delete <strong>{dialog.entry.name}</strong>? This cannot be undone.
              </>
            )
          }
          confirmLabel="Delete"
          danger
          onConfirm={async () => {
            await deleteEntry(
              joinPath(folder, dialog.entry.name),
              dialog.entry.type === 'directory',
            );
            await refresh();
          }}
          onClose={closeDialog}
        />
      )}
    </div>
  );
}

function UsageSummary({ usage }: { usage: Usage | undefined }) {
  if (!usage) return null;
  return (
    <div className="usage" data-testid="storage-usage">
      <meter
        className="usage__meter"
        min={0}
        max={usage.quota}
        value={usage.used}
        high={usage.quota * 0.9}
        aria-label="Storage used"
      />
      <span>
        {formatBytes(usage.used)} of {formatBytes(usage.quota)} used
      </span>
    </div>
  );
}

/** Files dragged from the desktop onto the list are uploaded to the open folder. */
function DropZone({
  folder,
  onFiles,
  children,
}: {
  folder: string;
  onFiles: (files: File[]) => void;
  children: ReactNode;
}) {
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the drag left.
  const depth = useRef(0);
  const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  return (
    <div
      className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
      data-testid="storage-dropzone"
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current++;
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        depth.current = 0;
        setDragging(false);
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) onFiles(files);
      }}
    >
      {children}
      {dragging && (
        <div className="dropzone__hint" aria-hidden="true">
          <Upload size={18} />
          Drop to upload to {folder === '' ? 'Storage' : folder}
        </div>
      )}
    </div>
  );
}
