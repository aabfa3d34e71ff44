import { useState } from 'react';
import { Dialog } from '../ui/Dialog';
import type { SavedQuerySummary } from './api';

/** What names and files a saved query in the library, besides its SQL and database. */
export interface SavedQueryDetails {
  name: string;
  folder?: string;
  tags: string[];
  description?: string;
}

export const NO_DETAILS: SavedQueryDetails = { name: '', tags: [] };

export function detailsOf(query: SavedQuerySummary): SavedQueryDetails {
  return {
    name: query.name,
    folder: query.folder,
    tags: query.tags,
    description: query.description,
  };
}

/** Tags as typed: separated by commas, blanks dropped (the server refuses a comma inside a tag). */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** The name, folder, tags and description of a saved query, asked when it is saved, forked or edited. */
export function DetailsDialog({
  title,
  initial,
  onSave,
  onClose,
}: {
  title: string;
  initial: SavedQueryDetails;
  onSave: (details: SavedQueryDetails) => void;
  onClose: () => void;
}) {
  const [name, setName] = useState(initial.name);
  const [folder, setFolder] = useState(initial.folder ?? '');
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [description, setDescription] = useState(initial.description ?? '');
  const save = () =>
    onSave({
      name: name.trim(),
      folder: folder.trim() || undefined,
      tags: parseTags(tags),
      description: description.trim() || undefined,
    });
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <button
          type="button"
          className="toolbar-button primary"
          disabled={!name.trim()}
          onClick={save}
          data-testid="library-name-save"
        >
          Save
        </button>
      }
    >
      <div className="library__fields">
        <label className="field">
          Name
          <input
            autoFocus
            value={name}
            onChange={(event) => setName(event.target.value)}
            data-testid="library-name"
          />
        </label>
        <label className="field">
          Folder
          <input
            value={folder}
            onChange={(event) => setFolder(event.target.value)}
            data-testid="library-folder"
          />
        </label>
        <label className="field">
          Tags (separated by commas)
          <input
            value={tags}
            onChange={(event) => setTags(event.target.value)}
            data-testid="library-tags"
          />
        </label>
        <label className="field">
          Description
          <textarea
            rows={3}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            data-testid="library-description"
          />
        </label>
      </div>
    </Dialog>
  );
}
