import { CircleCheck, CircleX, X } from 'lucide-react';
import { formatBytes } from './format';
import type { UploadItem } from './useUploads';

export interface UploadListProps {
  items: UploadItem[];
  onCancel: (id: number) => void;
  onReplace: (item: UploadItem) => void;
  onDismiss: (id: number) => void;
  onClearFinished: () => void;
}

const STATUS_TEXT: Record<UploadItem['status'], string> = {
  uploading: 'Uploading',
  done: 'Uploaded',
  exists: 'Already exists',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** One row per file on its way: name, progress bar, what happened, and cancel / replace / dismiss. */
export function UploadList({
  items,
  onCancel,
  onReplace,
  onDismiss,
  onClearFinished,
}: UploadListProps) {
  if (items.length === 0) return null;
  return (
    <section className="uploads" aria-label="Uploads" data-testid="upload-list">
      <div className="uploads__header">
        <span className="section-title">Uploads</span>
        {items.some((item) => item.status !== 'uploading') && (
          <button type="button" className="link-button" onClick={onClearFinished}>
            Clear finished
          </button>
        )}
      </div>
      <ul className="uploads__list">
        {items.map((item) => (
          <li
            key={item.id}
            className={`upload upload--${item.status}`}
            data-testid="upload-item"
            data-name={item.name}
            data-status={item.status}
          >
            <span className="upload__name" title={item.name}>
              {item.status === 'done' && <CircleCheck size={13} aria-hidden="true" />}
              {item.status === 'failed' && <CircleX size={13} aria-hidden="true" />}
              {item.name}
            </span>
            <progress
              className="upload__bar"
              max={Math.max(item.size, 1)}
              value={item.status === 'done' ? Math.max(item.size, 1) : item.sent}
              aria-label={`Upload of ${item.name}`}
            />
            <span className="upload__state">
              {item.status === 'uploading'
                ? `${formatBytes(item.sent)} of ${formatBytes(item.size)}`
                : STATUS_TEXT[item.status]}
            </span>
            <span className="upload__actions">
              {item.status === 'uploading' && (
                <button
                  type="button"
                  className="toolbar-button"
                  data-testid="upload-cancel"
                  onClick={() => onCancel(item.id)}
                >
                  Cancel
                </button>
              )}
              {item.status === 'exists' && (
                <button
                  type="button"
                  className="toolbar-button"
                  data-testid="upload-replace"
                  onClick={() => onReplace(item)}
                >
                  Replace
                </button>
              )}
              {item.status !== 'uploading' && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Dismiss ${item.name}`}
                  onClick={() => onDismiss(item.id)}
                >
                  <X size={13} aria-hidden="true" />
                </button>
              )}
            </span>
            {item.error && <span className="upload__error">{item.error}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
