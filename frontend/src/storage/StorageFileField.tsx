import { FolderOpen, Upload } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/client';
import { createFolder, uploadFile, useStorageRefresh, type StorageEntry } from './api';
import { errorText } from './Dialog';
import { FilePickerDialog } from './FilePicker';
import { joinPath, parentPath } from './paths';

/** Where a file chosen on the computer lands (replacing a file of the same name) before it is used. */
const UPLOADS = 'uploads';

export interface StorageFileFieldProps {
  id: string;
  /** The chosen file's path in storage ('' while none is chosen). */
  value: string;
  onChange: (path: string) => void;
  /** Prefix of the test ids: `${testId}-file`, `-browse`, `-upload`. */
  testId: string;
  placeholder: string;
  /** The picker's title. */
  pickTitle: string;
  /** Which files the picker offers; folders are always shown. */
  filter?: (entry: StorageEntry) => boolean;
  /** What the computer's file dialog offers, e.g. ".csv,.txt". */
  accept?: string;
  onError: (message: string | undefined) => void;
}

/** Creates the folder uploads land in the first time: an upload into a missing folder is refused. */
async function ensureFolder(folder: string): Promise<void> {
  try {
    await createFolder(folder);
  } catch (error) {
    if (!(isApiError(error) && error.status === 409)) throw error;
  }
}

/**
 * A file of the storage area for a dialog that reads one (Restore, Import): typed, chosen in the picker, or uploaded
 * from the computer into storage first, so that the server only ever reads files of its own area.
 */
export function StorageFileField({
  id,
  value,
  onChange,
  testId,
  placeholder,
  pickTitle,
  filter,
  accept,
  onError,
}: StorageFileFieldProps) {
  const [picking, setPicking] = useState(false);
  const [uploading, setUploading] = useState<string>();
  const upload = useRef<HTMLInputElement>(null);
  const field = useRef<HTMLDivElement>(null);
  const refresh = useStorageRefresh();
  const uploadRef = useRef<(file: File | undefined) => void>(() => undefined);

  const uploadAndPick = async (chosen: File | undefined) => {
    if (!chosen) return;
    setUploading(chosen.name);
    onError(undefined);
    try {
      await ensureFolder(UPLOADS);
      const stored = await uploadFile(UPLOADS, chosen, { overwrite: true }).done;
      await refresh();
      onChange(joinPath(UPLOADS, stored.name));
    } catch (cause) {
      onError(errorText(cause));
    } finally {
      setUploading(undefined);
    }
  };

  uploadRef.current = (chosen) => void uploadAndPick(chosen);

  // A file dropped anywhere on the dialog holding this field is uploaded and chosen, as the Upload button does.
  useEffect(() => {
    const target = field.current?.closest<HTMLElement>('[role="dialog"]') ?? field.current;
    if (!target) return undefined;
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      const chosen = event.dataTransfer?.files?.[0];
      if (!chosen) return;
      event.preventDefault();
      uploadRef.current(chosen);
    };
    target.addEventListener('dragover', over);
    target.addEventListener('drop', drop);
    return () => {
      target.removeEventListener('dragover', over);
      target.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      <div
        className="file-field"
        ref={field}
        title="Type a path, browse storage, upload, or drop a file here"
      >
        <input
          id={id}
          className="text-input"
          data-testid={`${testId}-file`}
          value={value}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
          spellCheck={false}
        />
        <button
          type="button"
          className="toolbar-button"
          data-testid={`${testId}-browse`}
          onClick={() => setPicking(true)}
        >
          <FolderOpen size={14} aria-hidden="true" />
          Browse…
        </button>
        <button type="button" className="toolbar-button" onClick={() => upload.current?.click()}>
          <Upload size={14} aria-hidden="true" />
          Upload…
        </button>
        <input
          ref={upload}
          type="file"
          hidden
          accept={accept}
          data-testid={`${testId}-upload`}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            void uploadAndPick(chosen);
          }}
        />
      </div>
      {uploading && <p className="muted">Uploading {uploading}…</p>}
      {picking && (
        <FilePickerDialog
          title={pickTitle}
          mode="open"
          initialFolder={parentPath(value)}
          filter={filter}
          pickLabel="Choose"
          onPick={(choice) => {
            onChange(choice.path);
            setPicking(false);
          }}
          onCancel={() => setPicking(false)}
        />
      )}
    </>
  );
}
