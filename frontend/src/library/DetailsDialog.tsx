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
        <TextField label="Name" value={name} onChange={setName} testId="library-name" autoFocus />
        <TextField label="Folder" value={folder} onChange={setFolder} testId="library-folder" />
        <TextField
          label="Tags (separated by commas)"
          value={tags}
          onChange={setTags}
          testId="library-tags"
        />
        <TextField
          label="Description"
          value={description}
          onChange={setDescription}
          testId="library-description"
          multiline
        />
      </div>
    </Dialog>
  );
}

function TextField({
  label,
  value,
  onChange,
  testId,
  autoFocus,
  multiline,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  autoFocus?: boolean;
  multiline?: boolean;
}) {
  const field = {
    value,
    autoFocus,
    'data-testid': testId,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <label className="field">
      {label}
      {multiline ? <textarea rows={3} {...field} /> : <input {...field} />}
    </label>
  );
}
