import { useState, type RefObject } from 'react';
import { Bookmark, BookPlus } from 'lucide-react';
import { isApiError } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { errorText } from '../ui/errorText';
import { ToolbarButton } from '../ui/ToolbarButton';
import type { SqlEditorHandle } from '../query/SqlEditor';
import { announceLibraryChange, library, type SavedQueryVersion } from './api';
import { DetailsDialog, NO_DETAILS, detailsOf, type SavedQueryDetails } from './DetailsDialog';
import type { SavedRef } from './LibraryPanel';

export interface LibraryActionsProps {
  editor: RefObject<SqlEditorHandle | null>;
  database: string;
  /** The saved query the tab was opened from: Save to library then saves its next version. */
  initialSaved?: SavedRef;
  onTitle: (title: string) => void;
  /** Called as a save starts; the function it answers is called once the save landed: the tab's text is kept. */
  onStoring: () => () => void;
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
  onStoring,
  onError,
}: LibraryActionsProps) {
  const [saved, setSaved] = useState(initialSaved);
  // The details the name dialog starts from: empty for a first save, the saved query's for a fork.
  const [naming, setNaming] = useState<{ title: string; initial: SavedQueryDetails }>();
  const [collision, setCollision] = useState<{ current: SavedQueryVersion; yours: string }>();
  const text = () => editor.current?.text() ?? '';

  /** Saves the next version of the linked query, keeping its name, folder, tags and description. */
  const save = async () => {
    if (!saved) {
      setNaming({ title: 'Save to the team library', initial: NO_DETAILS });
      return;
    }
    onError(undefined);
    const stored = onStoring();
    try {
      const current = await library.open(saved.id);
      const next = await library.save(saved.id, {
        ...detailsOf(current),
        database,
        sql: text(),
        version: await baseVersion(saved, current),
      });
      setSaved({ id: next.id, name: next.name, version: next.version });
      stored();
      announceLibraryChange();
      // A rename in the library meanwhile names the tab from now on.
      if (next.name !== saved.name) onTitle(`${next.name} · ${database}`);
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        setCollision({ current: error.problem.current as SavedQueryVersion, yours: text() });
      } else onError(errorText(error));
    }
  };

  /** A new query in the library; from a linked tab, a fork that starts with the original's details. */
  const fork = async () => {
    onError(undefined);
    try {
      const initial = saved ? detailsOf(await library.open(saved.id)) : NO_DETAILS;
      setNaming({
        title: saved ? `Save "${initial.name}" as a new query` : 'Save to the team library',
        initial: saved ? { ...initial, name: `${initial.name} (copy)` } : initial,
      });
    } catch (error) {
      onError(errorText(error));
    }
  };

  const saveAs = async (details: SavedQueryDetails) => {
    setNaming(undefined);
    onError(undefined);
    const stored = onStoring();
    try {
      const created = await library.create({ ...details, database, sql: text() });
      setSaved({ id: created.id, name: details.name, version: created.version });
      stored();
      announceLibraryChange();
      onTitle(`${details.name} · ${database}`);
    } catch (error) {
      onError(errorText(error));
    }
  };

  return (
    <span className="query-toolbar__files">
      <ToolbarButton
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
      <ToolbarButton
        icon={BookPlus}
        label="Save to library as…"
        title="Save as a new query in the team library"
        testId="library-save-as"
        onClick={() => void fork()}
        iconOnly
      />
      {naming && (
        <DetailsDialog
          title={naming.title}
          initial={naming.initial}
          onSave={(details) => void saveAs(details)}
          onClose={() => setNaming(undefined)}
        />
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

/**
 * The version a save builds on: the one the tab opened, or the newest when only its details (name, folder, tags,
 * description) changed since, so that editing them in the library does not turn the tab's next save into a collision.
 */
async function baseVersion(saved: SavedRef, current: SavedQueryVersion): Promise<number> {
  if (current.version === saved.version) return saved.version;
  const opened = await library.version(saved.id, saved.version);
  return opened.sql === current.sql ? current.version : saved.version;
}
