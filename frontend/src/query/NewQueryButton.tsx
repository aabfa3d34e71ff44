import { useState } from 'react';
import { SquareTerminal } from 'lucide-react';
import { DatabaseSelect, useDatabaseChoice } from '../app/DatabaseSelect';
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
  const [choice, choose] = useDatabaseChoice();
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
        <DatabaseSelect value={choice} onChange={choose} testId="new-query-database" />
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
