import { FolderPlus, Upload } from 'lucide-react';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { createFolder, uploadFile, useListing, useStorageRefresh, type StorageEntry } from './api';
import { errorText } from './Dialog';
import { Breadcrumbs } from './Breadcrumbs';
import { Dialog, NameDialog } from './Dialog';
import { EntryFacts, EntryIcon, FileTableHead, ListingState } from './FileTableParts';
import { joinPath, nameProblem } from './paths';
import { DEFAULT_SORT, sortEntries, type Sort } from './sort';
import './storage.css';

export type FilePickerMode = 'open' | 'save' | 'folder';

export interface FilePickerChoice {
  /** The chosen path inside storage, e.g. "backups/shop.dump" ('' is the top, in folder mode). */
  path: string;
  folder: string;
  /** The file name; '' in folder mode. */
  name: string;
  /** Whether a file is already there (save mode: the caller asks before replacing it). */
  exists: boolean;
}

export interface FilePickerProps {
  /** open: choose an existing file; save: a folder and a (new or existing) name; folder: a folder. */
  mode: FilePickerMode;
  initialFolder?: string;
  initialName?: string;
  /** Which files to offer (e.g. by extension); folders are always shown. */
  filter?: (entry: StorageEntry) => boolean;
  pickLabel?: string;
  /** Save mode: added to a name typed without any extension (e.g. ".sql"). */
  defaultExtension?: string;
  /** Save mode: whether an existing file may be chosen (the caller then asks before replacing it). */
  allowExisting?: boolean;
  onPick: (choice: FilePickerChoice) => void;
  onCancel?: () => void;
}

const DEFAULT_LABELS: Record<FilePickerMode, string> = {
  open: 'Open',
  save: 'Save',
  folder: 'Choose folder',
};

/**
 * Chooses a file or folder in storage: browse folders, pick an existing file, or type a new name.
 * For the Backup, Restore, Query Tool open/save and Import dialogs.
 */
export function FilePicker({
  mode,
  initialFolder = '',
  initialName = '',
  filter,
  pickLabel,
  allowExisting = true,
  defaultExtension,
  onPick,
  onCancel,
}: FilePickerProps) {
  const nameId = useId();
  const [folder, setFolder] = useState(initialFolder);
  const [name, setName] = useState(mode === 'folder' ? '' : initialName);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [error, setError] = useState<string>();
  const [creatingFolder, setCreatingFolder] = useState(false);
  const listing = useListing(folder);
  const refresh = useStorageRefresh();
  const uploadInput = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState<string>();

  /** Open mode: a file from the computer goes into the folder shown, then is the one chosen. */
  const uploadHere = async (chosen: File | undefined) => {
    if (!chosen) return;
    setUploading(chosen.name);
    setError(undefined);
    try {
      const stored = await uploadFile(folder, chosen).done;
      await refresh();
      onPick({ path: joinPath(folder, stored.name), folder, name: stored.name, exists: true });
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setUploading(undefined);
    }
  };

  const entries = useMemo(() => {
    const all = listing.data?.entries ?? [];
    const shown = all.filter(
      (entry) => entry.type === 'directory' || (mode !== 'folder' && (!filter || filter(entry))),
    );
    return sortEntries(shown, sort);
  }, [listing.data, mode, filter, sort]);

  const existing = listing.data?.entries.find(
    (entry) => entry.type === 'file' && entry.name === name,
  );

  const open = (path: string) => {
    setFolder(path);
    setError(undefined);
    if (mode === 'open') setName('');
  };

  const pick = (typedName: string) => {
    const chosenName =
      mode === 'save' && defaultExtension && !typedName.includes('.')
        ? typedName + defaultExtension
        : typedName;
    if (mode === 'folder') {
      onPick({ path: folder, folder, name: '', exists: true });
      return;
    }
    const problem = nameProblem(chosenName);
    if (problem) {
      setError(problem);
      return;
    }
    const exists = listing.data?.entries.some(
      (entry) => entry.type === 'file' && entry.name === chosenName,
    );
    if (mode === 'open' && !exists) {
      setError(`There is no file named ${chosenName} here.`);
      return;
    }
    if (mode === 'save' && exists && !allowExisting) {
      setError(`${chosenName} is already here: choose another name or folder.`);
      return;
    }
    onPick({ path: joinPath(folder, chosenName), folder, name: chosenName, exists: !!exists });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    pick(name);
  };

  return (
    <>
      <form className="file-picker" data-testid="file-picker" data-mode={mode} onSubmit={submit}>
        <div className="file-picker__bar">
          <Breadcrumbs path={folder} onOpen={open} testId="file-picker-breadcrumbs" />
          <button
            type="button"
            className="toolbar-button"
            data-testid="file-picker-new-folder"
            onClick={() => setCreatingFolder(true)}
          >
            <FolderPlus size={14} aria-hidden="true" />
            New folder
          </button>
          {mode === 'open' && (
            <>
              <button
                type="button"
                className="toolbar-button"
                data-testid="file-picker-upload"
                disabled={uploading !== undefined}
                onClick={() => uploadInput.current?.click()}
              >
                <Upload size={14} aria-hidden="true" />
                {uploading ? `Uploading ${uploading}…` : 'Upload…'}
              </button>
              <input
                ref={uploadInput}
                type="file"
                hidden
                data-testid="file-picker-upload-input"
                onChange={(event) => {
                  const chosen = event.target.files?.[0];
                  event.target.value = '';
                  void uploadHere(chosen);
                }}
              />
            </>
          )}
        </div>
        <div className="file-picker__list">
          <table className="file-table">
            <FileTableHead sort={sort} onSort={setSort} />
            <tbody>
              <ListingState
                listing={listing}
                columns={3}
                empty={entries.length === 0}
                emptyText={mode === 'folder' ? 'No folders here.' : 'Nothing here.'}
              />
              {entries.map((entry) => (
                <tr
                  key={entry.name}
                  className={
                    entry.type === 'file' && entry.name === name ? 'is-selected' : undefined
                  }
                  data-testid="file-picker-entry"
                  data-name={entry.name}
                  onClick={() => {
                    if (entry.type === 'directory') open(joinPath(folder, entry.name));
                    else setName(entry.name);
                  }}
                  onDoubleClick={() => entry.type === 'file' && pick(entry.name)}
                >
                  <td className="file-table__name">
                    <EntryIcon entry={entry} />
                    <span>{entry.name}</span>
                  </td>
                  <EntryFacts entry={entry} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {mode !== 'folder' && (
          <div className="file-picker__name">
            <label htmlFor={nameId}>{mode === 'save' ? 'File name' : 'File'}</label>
            <input
              id={nameId}
              className="text-input"
              data-testid="file-picker-name"
              value={name}
              readOnly={mode === 'open'}
              placeholder={mode === 'open' ? 'Choose a file above' : 'name.dump'}
              onChange={(event) => {
                setName(event.target.value);
                setError(undefined);
              }}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
        )}
        {mode === 'save' && existing && (
          <p className="warning-text" data-testid="file-picker-exists">
            {allowExisting
              ? `${existing.name} already exists in this folder; it will be replaced only if you confirm.`
              : `${existing.name} is already here: choose another name or folder.`}
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="file-picker__actions">
          {onCancel && (
            <button type="button" className="toolbar-button" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button
            type="submit"
            className="toolbar-button primary"
            data-testid="file-picker-pick"
            disabled={mode === 'open' && name === ''}
          >
            {pickLabel ?? DEFAULT_LABELS[mode]}
          </button>
        </div>
      </form>
      {creatingFolder && (
        <NameDialog
          title="New folder"
          label={`New folder in ${folder === '' ? 'Storage' : folder}`}
          confirmLabel="Create"
          onSubmit={async (folderName) => {
            await createFolder(joinPath(folder, folderName));
            await refresh();
            open(joinPath(folder, folderName));
          }}
          onClose={() => setCreatingFolder(false)}
        />
      )}
    </>
  );
}

export interface FilePickerDialogProps extends FilePickerProps {
  title: string;
  onCancel: () => void;
}

/** The file picker in a modal dialog. */
export function FilePickerDialog({ title, ...picker }: FilePickerDialogProps) {
  return (
    <Dialog title={title} onClose={picker.onCancel} testId="file-picker-dialog" wide>
      <FilePicker {...picker} />
    </Dialog>
  );
}
