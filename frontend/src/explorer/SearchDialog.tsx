import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useDatabases } from '../api/queries';
import { SCHEMA_KINDS, explorerQuery, paths, type SearchHit } from './api';
import { Dialog } from '../ui/Dialog';
import { TYPE_OF_KIND, type NodeType, type TreeNode } from './tree';

const KIND_CHOICES = [
  { kind: '', label: 'Any kind' },
  { kind: 'schemas', label: 'Schemas' },
  ...SCHEMA_KINDS,
  { kind: 'columns', label: 'Columns' },
  { kind: 'indexes', label: 'Indexes' },
];

/** Finds objects of one database by part of their name, optionally of one kind. */
export interface SearchDialogProps {
  onPick: (node: TreeNode) => void;
  onClose: () => void;
}

export function SearchDialog({ onPick, onClose }: SearchDialogProps) {
  const databases = useDatabases();
  const [db, setDb] = useState<string>();
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const database = db ?? databases.data?.[0]?.name;
  const query = text.trim();
  const hits = useQuery({
    ...explorerQuery<SearchHit[]>(paths.search(database ?? '', query, kind || undefined)),
    enabled: !!database && query.length > 0,
  });

  return (
    <Dialog title="Search objects" onClose={onClose} testId="search-dialog" size="wide">
      <div className="form-grid">
        <label>
          Database
          <select value={database ?? ''} onChange={(e) => setDb(e.target.value)}>
            {databases.data?.map((d) => (
              <option key={d.name}>{d.name}</option>
            ))}
          </select>
        </label>
        <label>
          Name contains
          <input
            autoFocus
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="search-text"
          />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            {KIND_CHOICES.map((choice) => (
              <option key={choice.kind} value={choice.kind}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div
        className="search-results"
        role="list"
        aria-label="Search results"
        data-testid="search-results"
      >
        {hits.isFetching && <div className="muted">Searching…</div>}
        {hits.isError && <div className="form-error">{hits.error.message}</div>}
        {hits.data?.length === 0 && <div className="muted">Nothing found.</div>}
        {hits.data?.map((hit) => (
          <button
            type="button"
            role="listitem"
            key={`${hit.kind}/${hit.schema}/${hit.parent}/${hit.name}`}
            className="search-results__hit"
            onClick={() => {
              onClose();
              onPick(hitNode(database!, hit));
            }}
          >
            <span>{hit.name}</span>
            <span className="muted">
              {hit.kind}
              {hit.schema ? ` in ${hit.schema}` : ''}
              {hit.parent ? `.${hit.parent}` : ''}
            </span>
          </button>
        ))}
      </div>
    </Dialog>
  );
}

/** A node standing for a search hit, so the Properties tab can show it. */
function hitNode(db: string, hit: SearchHit): TreeNode {
  const base = `server/${db}/schemas`;
  if (hit.kind === 'schemas') {
    return {
      id: `${base}/${hit.name}`,
      type: 'schema' as NodeType,
      label: hit.name,
      ref: { db, schema: hit.name },
    };
  }
  if (hit.parent) {
    const type: NodeType = hit.kind === 'columns' ? 'column' : 'index';
    const ref = {
      db,
      schema: hit.schema!,
      kind: 'tables',
      table: hit.parent,
      part: hit.kind,
      name: hit.name,
    };
    return {
      id: `${base}/${hit.schema}/tables/${hit.parent}/${hit.kind}/${hit.name}`,
      type,
      label: hit.name,
      ref,
    };
  }
  return {
    id: `${base}/${hit.schema}/${hit.kind}/${hit.name}`,
    type: TYPE_OF_KIND[hit.kind] ?? ('table' as NodeType),
    label: hit.name,
    ref: { db, schema: hit.schema!, kind: hit.kind, name: hit.name },
  };
}
