import { useState } from 'react';
import { SquareTerminal } from 'lucide-react';
import { useDatabases } from '../api/queries';
import './new-query.css';

/** "New query": asks which database, then opens a Query Tool tab on it. */
export function NewQueryButton({ onOpen }: { onOpen: (database: string) => void }) {
  const [choosing, setChoosing] = useState(false);
  return (
    <span className="new-query">
      <button
        type="button"
        className="toolbar-button"
        data-testid="new-query"
        aria-expanded={choosing}
        onClick={() => setChoosing((open) => !open)}
      >
        <SquareTerminal size={14} aria-hidden="true" />
        New query
      </button>
      {choosing && (
        <DatabaseChooser
          onChoose={(database) => {
            setChoosing(false);
            onOpen(database);
          }}
        />
      )}
    </span>
  );
}

/** Picks one of the visible databases, the first by default. */
export function DatabaseChooser({
  onChoose,
  className = 'new-query__chooser',
}: {
  onChoose: (database: string) => void;
  className?: string;
}) {
  const databases = useDatabases();
  const [picked, setPicked] = useState('');
  const choice = picked || databases.data?.[0]?.name || '';
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) onChoose(choice);
      }}
    >
      <label>
        Database
        <select
          data-testid="new-query-database"
          value={choice}
          onChange={(e) => setPicked(e.target.value)}
        >
          {databases.data?.map((db) => (
            <option key={db.name} value={db.name}>
              {db.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="toolbar-button"
        data-testid="new-query-open"
        disabled={!choice}
      >
        Open
      </button>
    </form>
  );
}
