import { appUrl } from '../api/base';
import { Download, FolderInput, Pencil, SquareTerminal, Trash2 } from 'lucide-react';
import { type ReactNode } from 'react';
import { contentUrl, type StorageEntry } from './api';
import { EntryFacts, EntryIcon } from './FileTableParts';

export function EntryRow({
  entry,
  path,
  onOpen,
  onAction,
  onOpenInQueryTool,
}: {
  entry: StorageEntry;
  path: string;
  onOpen: (path: string) => void;
  onAction: (kind: 'rename' | 'move' | 'delete') => void;
  onOpenInQueryTool?: () => void;
}) {
  const folder = entry.type === 'directory';
  return (
    <tr data-testid="storage-entry" data-name={entry.name} data-type={entry.type}>
      <td className="file-table__name">
        {folder ? (
          <button
            type="button"
            className="link-button entry-open"
            data-testid="entry-open"
            onClick={() => onOpen(path)}
          >
            <EntryIcon entry={entry} />
            <span>{entry.name}</span>
          </button>
        ) : (
          <>
            <EntryIcon entry={entry} />
            <span>{entry.name}</span>
          </>
        )}
      </td>
      <EntryFacts entry={entry} />
      <td className="file-table__actions">
        {onOpenInQueryTool && (
          <RowButton
            label={`Open ${entry.name} in the Query Tool`}
            testId="entry-open-query"
            title="Open in the Query Tool"
            onClick={onOpenInQueryTool}
          >
            <SquareTerminal size={14} aria-hidden="true" />
          </RowButton>
        )}
        {!folder && (
          <a
            className="icon-button"
            href={appUrl(contentUrl(path))}
            download={entry.name}
            data-testid="entry-download"
            aria-label={`Download ${entry.name}`}
            title="Download"
          >
            <Download size={14} aria-hidden="true" />
          </a>
        )}
        <RowButton
          label={`Rename ${entry.name}`}
          testId="entry-rename"
          onClick={() => onAction('rename')}
        >
          <Pencil size={14} aria-hidden="true" />
        </RowButton>
        <RowButton
          label={`Move ${entry.name}`}
          testId="entry-move"
          onClick={() => onAction('move')}
        >
          <FolderInput size={14} aria-hidden="true" />
        </RowButton>
        <RowButton
          label={`Delete ${entry.name}`}
          testId="entry-delete"
          onClick={() => onAction('delete')}
        >
          <Trash2 size={14} aria-hidden="true" />
        </RowButton>
      </td>
    </tr>
  );
}

function RowButton({
  label,
  testId,
  title = label.split(' ')[0],
  onClick,
  children,
}: {
  label: string;
  testId: string;
  title?: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={label}
      title={title}
      data-testid={testId}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
