import { useEffect, useState } from 'react';
import { errorText } from '../ui/errorText';
import {
  library,
  onLibraryChange,
  savedQueryLink,
  type SavedQuerySummary,
  type SavedQueryVersion,
} from './api';
import { DetailsDialog, detailsOf, type SavedQueryDetails } from './DetailsDialog';
import { VersionDiff } from './VersionDiff';
import './library.css';

export interface SavedRef {
  id: string;
  name: string;
  version: number;
}

export interface LibraryPanelProps {
  onOpenInQueryTool: (database: string, sql: string, saved: SavedRef) => void;
  defaultDatabase: string;
}

/** The team's saved queries: search by name and text, versions with their diff, restore, export and import. */
export function LibraryPanel({ onOpenInQueryTool, defaultDatabase }: LibraryPanelProps) {
  const [q, setQ] = useState('');
  const [items, setItems] = useState<SavedQuerySummary[]>([]);
  const [selected, setSelected] = useState<string>();
  const [message, setMessage] = useState<string>();
  const refresh = () =>
    library
      .search(q)
      .then(setItems)
      .catch((e) => setMessage(errorText(e)));
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void refresh(), [q]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => onLibraryChange(() => void refresh()), [q]);

  const importFile = async (file: File) => {
    try {
      const report = await library.importFile(JSON.parse(await file.text()));
      setMessage(
        `Imported: ${report.created.length} new, ${report.updated.length} updated, ${report.unchanged.length} unchanged.`,
      );
      void refresh();
    } catch (e) {
      setMessage(e instanceof SyntaxError ? 'That file is not JSON.' : errorText(e));
    }
  };

  const exportFile = async () => {
    const body = JSON.stringify(await library.exportFile(), null, 2);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    link.download = 'pgdeck-library.json';
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <div className="library" data-testid="library">
      <div className="library__bar">
        <input
          type="search"
          aria-label="Search saved queries by name or text"
          placeholder="Search by name or SQL"
          value={q}
          onChange={(event) => setQ(event.target.value)}
          data-testid="library-search"
        />
        <button
          type="button"
          className="toolbar-button"
          onClick={() => void refresh()}
          data-testid="library-refresh"
        >
          Refresh
        </button>
        <button
          type="button"
          className="toolbar-button"
          onClick={() => void exportFile()}
          data-testid="library-export"
        >
          Export
        </button>
        <label className="toolbar-button">
          Import
          <input
            type="file"
            accept="application/json,.json"
            hidden
            data-testid="library-import"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void importFile(file);
              event.target.value = '';
            }}
          />
        </label>
      </div>
      {message && (
        <div className="library__message" role="status">
          {message}
        </div>
      )}
      <div className="library__body">
        <ul className="library__list" aria-label="Saved queries">
          {items.length === 0 && <li className="muted">No saved query matches.</li>}
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                aria-pressed={item.id === selected}
                onClick={() => setSelected(item.id)}
                data-testid="library-item"
              >
                <strong>{item.name}</strong>
                <span className="muted">
                  {[
                    item.folder,
                    item.database,
                    ...item.tags.map((tag) => `#${tag}`),
                    `v${item.version}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {selected && (
          <SavedQueryDetail
            // A save elsewhere (another tab, another person) shows once the list knows the newer version.
            key={`${selected}@${items.find((item) => item.id === selected)?.version}`}
            id={selected}
            defaultDatabase={defaultDatabase}
            onOpen={onOpenInQueryTool}
            onChanged={() => void refresh()}
          />
        )}
      </div>
    </div>
  );
}

function SavedQueryDetail({
  id,
  defaultDatabase,
  onOpen,
  onChanged,
}: {
  id: string;
  defaultDatabase: string;
  onOpen: LibraryPanelProps['onOpenInQueryTool'];
  onChanged: () => void;
}) {
  const [versions, setVersions] = useState<SavedQueryVersion[]>([]);
  const [pair, setPair] = useState<[number, number]>();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string>();
  const load = () =>
    library
      .versions(id)
      .then((all) => {
        setVersions(all);
        if (all.length > 1) setPair([all[1].version, all[0].version]);
      })
      .catch((e) => setError(errorText(e)));
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void load(), [id]);
  const current = versions[0];
  if (!current) return <div className="library__detail">{error ?? 'Loading…'}</div>;
  const byNumber = (n: number) => versions.find((v) => v.version === n);
  const older = pair && byNumber(pair[0]);
  const newer = pair && byNumber(pair[1]);

  const changed = async (change: Promise<unknown>) => {
    try {
      await change;
      setError(undefined);
      await load();
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const restore = (version: number) => changed(library.restore(id, version));
  /** New details are a new version with the same SQL, from the version shown. */
  const saveDetails = (details: SavedQueryDetails) => {
    setEditing(false);
    void changed(
      library.save(id, {
        ...details,
        database: current.database,
        sql: current.sql,
        version: current.version,
      }),
    );
  };

  return (
    <div className="library__detail" data-testid="library-detail">
      <h3>{current.name}</h3>
      <p className="library__facts muted" data-testid="library-facts">
        {current.folder && <span>Folder: {current.folder}</span>}
        {current.database && <span>Database: {current.database}</span>}
        {current.tags.map((tag) => (
          <span key={tag} className="library__tag">
            {tag}
          </span>
        ))}
      </p>
      {current.description && <p data-testid="library-description-text">{current.description}</p>}
      <pre className="library__sql">{current.sql}</pre>
      <div className="library__actions">
        <button
          type="button"
          className="toolbar-button primary"
          data-testid="library-open"
          onClick={() =>
            onOpen(current.database ?? defaultDatabase, current.sql, {
              id,
              name: current.name,
              version: current.version,
            })
          }
        >
          Open in Query Tool
        </button>
        <input
          readOnly
          className="library__link"
          aria-label="Link to this saved query"
          value={savedQueryLink(id)}
          onFocus={(event) => event.target.select()}
          data-testid="library-link"
        />
        <button
          type="button"
          className="toolbar-button"
          // The clipboard is only there on https (or localhost); the link beside it can be copied by hand.
          onClick={() => void navigator.clipboard?.writeText(savedQueryLink(id))}
        >
          Copy link
        </button>
        <button
          type="button"
          className="toolbar-button"
          data-testid="library-edit-details"
          onClick={() => setEditing(true)}
        >
          Details…
        </button>
      </div>
      {editing && (
        <DetailsDialog
          title={`Details of "${current.name}"`}
          initial={detailsOf(current)}
          onSave={saveDetails}
          onClose={() => setEditing(false)}
        />
      )}
      {error && <div role="alert">{error}</div>}
      <table className="library__versions" aria-label="Versions">
        <thead>
          <tr>
            <th>Version</th>
            <th>Saved</th>
            <th>By</th>
            <th>Compare</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} data-testid="library-version">
              <td>{v.version}</td>
              <td>{new Date(v.updatedAt).toLocaleString()}</td>
              <td>{v.updatedBy ?? ''}</td>
              <td>
                <input
                  type="radio"
                  name={`older-${id}`}
                  aria-label={`Compare from version ${v.version}`}
                  checked={pair?.[0] === v.version}
                  onChange={() => setPair([v.version, pair?.[1] ?? current.version])}
                />
                <input
                  type="radio"
                  name={`newer-${id}`}
                  aria-label={`Compare to version ${v.version}`}
                  checked={pair?.[1] === v.version}
                  onChange={() => setPair([pair?.[0] ?? v.version, v.version])}
                />
              </td>
              <td>
                {v.version !== current.version && (
                  <button
                    type="button"
                    className="toolbar-button"
                    data-testid={`library-restore-${v.version}`}
                    onClick={() => void restore(v.version)}
                  >
                    Restore
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {older && newer && older !== newer && (
        <>
          <p className="muted" data-testid="library-diff-caption">
            Version {older.version} (left) compared with version {newer.version} (right)
          </p>
          <VersionDiff older={older.sql} newer={newer.sql} />
        </>
      )}
    </div>
  );
}
