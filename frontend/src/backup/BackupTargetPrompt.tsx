import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { DatabaseSelect, useDatabaseChoice } from '../app/DatabaseSelect';
import { explorerQuery, paths, type SchemaSummary } from '../explorer/api';
import { Dialog } from '../storage/Dialog';
import type { BackupScope } from './api';
import { DialogButtons, Field } from './Fields';
import { openBackupDialog, openRestoreDialog } from './store';
import './backup.css';

/**
 * Asks what to back up or where to restore (database and schema) when the dialog is opened from Processes rather than
 * from the Object Explorer, then opens the Backup or Restore dialog for it.
 */
export function BackupTargetPrompt({
  kind,
  onClose,
}: {
  kind: 'backup' | 'restore';
  onClose: () => void;
}) {
  const [database, chooseDatabase] = useDatabaseChoice();
  const [scope, setScope] = useState<BackupScope>('schema');
  const [schema, setSchema] = useState('');
  const [table, setTable] = useState('');
  // The names offered as the schema is typed: the Object Explorer's listing, cached with the tree's.
  const schemaList = useQuery({
    ...explorerQuery<SchemaSummary[]>(paths.schemas(database)),
    enabled: database !== '',
  });
  const schemas = (schemaList.data ?? []).map((summary) => summary.name);

  const backup = kind === 'backup';
  const needsSchema = backup ? scope !== 'database' : false;
  const ready =
    database !== '' &&
    (!needsSchema || schema.trim() !== '') &&
    (scope !== 'table' || !backup || table.trim() !== '');

  const next = () => {
    const trimmedSchema = schema.trim() || undefined;
    onClose();
    if (backup) {
      openBackupDialog({
        database,
        scope,
        schema: scope === 'database' ? undefined : trimmedSchema,
        table: scope === 'table' ? table.trim() : undefined,
      });
    } else {
      openRestoreDialog({ database, schema: trimmedSchema });
    }
  };

  return (
    <Dialog
      title={backup ? 'New backup' : 'Restore'}
      onClose={onClose}
      testId="backup-target"
      footer={
        <DialogButtons
          label="Next…"
          testId="backup-target-next"
          disabled={!ready}
          onConfirm={next}
          onCancel={onClose}
        />
      }
    >
      <div className="option-grid">
        <Field label="Database">
          {(id) => (
            <DatabaseSelect
              id={id}
              className="text-input"
              value={database}
              onChange={chooseDatabase}
              testId="backup-target-database"
            />
          )}
        </Field>
        {backup && (
          <Field label="What to back up">
            {(id) => (
              <select
                id={id}
                className="text-input"
                data-testid="backup-target-scope"
                value={scope}
                onChange={(event) => setScope(event.target.value as BackupScope)}
              >
                <option value="schema">A schema</option>
                <option value="table">A table</option>
                <option value="database">The whole database</option>
              </select>
            )}
          </Field>
        )}
        {(!backup || scope !== 'database') && (
          <Field label={backup ? 'Schema' : 'Only into schema (optional)'}>
            {(id) => (
              <>
                <input
                  id={id}
                  className="text-input"
                  list={`${id}-schemas`}
                  data-testid="backup-target-schema"
                  value={schema}
                  onChange={(event) => setSchema(event.target.value)}
                  spellCheck={false}
                />
                <datalist id={`${id}-schemas`}>
                  {schemas.map((name) => (
                    <option key={name} value={name} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
        )}
        {backup && scope === 'table' && (
          <Field label="Table">
            {(id) => (
              <input
                id={id}
                className="text-input"
                data-testid="backup-target-table"
                value={table}
                onChange={(event) => setTable(event.target.value)}
                spellCheck={false}
              />
            )}
          </Field>
        )}
      </div>
    </Dialog>
  );
}
