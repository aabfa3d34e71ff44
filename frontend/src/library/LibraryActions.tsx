import { useState, type RefObject } from 'react';
import { Bookmark, BookPlus } from 'lucide-react';
import { isApiError } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { errorText } from '../ui/errorText';
import { ToolButton } from '../query/ToolButton';
import type { SqlEditorHandle } from '../query/SqlEditor';
import { library, type SavedQueryVersion } from './api';
import type { SavedRef } from './LibraryPanel';

export interface LibraryActionsProps {
  editor: RefObject<SqlEditorHandle | null>;
  database: string;
  /** The saved query the tab was opened from: Save to library then saves its next version. */
  initialSaved?: SavedRef;
  onTitle: (title: string) => void;
  onError: (message: string | undefined) => void;
}

/**
 * "Save to library" and "Save to library as…" for a Query Tool tab. A tab linked to a saved query saves a new version
 * of it, from the version it opened; a save over a newer version is refused by the server and both texts are shown.
 */
export function LibraryActions({
  editor,
  database,
  initialSaved,
  onTitle,
  onError,
}: LibraryActionsProps) {
  const [saved, setSaved] = useState(initialSaved);
  const [naming, setNaming] = useState(false);
  const [collision, setCollision] = useState<{ current: SavedQueryVersion; yours: string }>();
  const text = () => editor.current?.text() ?? '';

  const save = async () => {
    if (!saved) {
      setNaming(true);
      return;
    }
    onError(undefined);
    try {
      const next = await library.save(saved.id, {
        name: saved.name,
        database,
        sql: text(),
        version: saved.version,
      });
      setSaved({ id: next.id, name: next.name, version: next.version });
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        setCollision({ current: error.problem.current as SavedQueryVersion, yours: text() });
      } else onError(errorText(error));
    }
  };

  const saveAs = async (name: string) => {
    setNaming(false);
    onError(undefined);
    try {
      const created = await library.create({ name, database, sql: text() });
      setSaved({ id: created.id, name, version: created.version });
      onTitle(`${name} · ${database}`);
    } catch (error) {
      onError(errorText(error));
    }
  };

  return (
    <span className="query-toolbar__files">
      <ToolButton
        icon={Bookmark}
        label="Save to library"
        title={
          saved
            ? `Save a new version of "${saved.name}" in the library`
            : 'Save to the team library'
        }
        testId="library-save"
        onClick={() => void save()}
        iconOnly
      />
      <ToolButton
        icon={BookPlus}
        label="Save to library as…"
        title="Save as a new query in the team library"
        testId="library-save-as"
        onClick={() => setNaming(true)}
        iconOnly
      />
      {naming && (
        <NameDialog onName={(name) => void saveAs(name)} onClose={() => setNaming(false)} />
      )}
      {collision && (
        <Dialog title="Saved meanwhile" onClose={() => setCollision(undefined)} size="wide">
          <p>
            Version {collision.current.version} was saved by{' '}
            {collision.current.updatedBy ?? 'someone'} since you opened this query. Nothing was
            overwritten. Your text stays in the editor: save it as a new query, or copy what you
            need and open the latest version.
          </p>
          <h4>Saved meanwhile</h4>
          <pre className="library__sql">{collision.current.sql}</pre>
          <h4>Yours</h4>
          <pre className="library__sql">{collision.yours}</pre>
        </Dialog>
      )}
    </span>
  );
}

function NameDialog({ onName, onClose }: { onName: (name: string) => void; onClose: () => void }) {
  const [name, setName] = useState('');
  return (
    <Dialog
      title="Save to the team library"
      onClose={onClose}
      footer={
        <button
          type="button"
          className="toolbar-button primary"
          disabled={!name.trim()}
          onClick={() => onName(name.trim())}
          data-testid="library-name-save"
        >
          Save
        </button>
      }
    >
      <label>
        Name{' '}
        <input
          autoFocus
          value={name}
          onChange={(event) => setName(event.target.value)}
          data-testid="library-name"
        />
      </label>
    </Dialog>
  );
}
