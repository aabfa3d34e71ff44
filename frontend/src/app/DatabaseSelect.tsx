import { useState } from 'react';
import { useDatabases } from '../api/queries';

/** A choice among the visible databases: the one picked, else the first ('' while the list loads). */
export function useDatabaseChoice(): [string, (database: string) => void] {
  const databases = useDatabases();
  const [picked, setPicked] = useState('');
  return [picked || databases.data?.[0]?.name || '', setPicked];
}

/** A select of the databases this deployment may see, for the dialogs that start from one. */
export function DatabaseSelect({
  value,
  onChange,
  testId,
  id,
  className,
}: {
  value: string;
  onChange: (database: string) => void;
  testId: string;
  id?: string;
  className?: string;
}) {
  const databases = useDatabases();
  return (
    <select
      id={id}
      className={className}
      data-testid={testId}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      {(databases.data ?? []).map((db) => (
        <option key={db.name} value={db.name}>
          {db.name}
        </option>
      ))}
    </select>
  );
}
