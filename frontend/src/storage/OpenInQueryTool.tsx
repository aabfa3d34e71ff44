import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { fetchDatabases, queryKeys } from '../api/queries';
import { DatabaseChooser } from '../query/NewQueryButton';
import { Dialog } from './Dialog';
import { baseName } from './paths';
import { fileFailure, readTextFile } from './textFiles';

/** Opens a Query Tool tab on {@code database} with {@code sql}, read from {@code file} (Save writes back to it). */
export type QueryToolOpener = (database: string, sql: string, file: string) => void;

interface Chosen {
  path: string;
  text: string;
}

/**
 * "Open in Query Tool" for a script in storage: reads it (refusing what the editor cannot take), then opens it on the
 * one visible database, or on the one the user picks when there are several.
 */
export function useOpenInQueryTool(
  onOpen: QueryToolOpener | undefined,
  onError: (message: string | undefined) => void,
) {
  const queryClient = useQueryClient();
  const [choosing, setChoosing] = useState<Chosen>();

  const start = async (path: string) => {
    if (!onOpen) return;
    onError(undefined);
    try {
      const [text, databases] = await Promise.all([
        readTextFile(path),
        queryClient.fetchQuery({ queryKey: queryKeys.databases, queryFn: fetchDatabases }),
      ]);
      if (databases.length === 0) throw new Error('no database is visible to run it on.');
      if (databases.length === 1) onOpen(databases[0].name, text, path);
      else setChoosing({ path, text });
    } catch (error) {
      onError(fileFailure('open', path, error));
    }
  };

  const dialog = choosing && onOpen && (
    <Dialog
      title={`Open ${baseName(choosing.path)} in the Query Tool`}
      onClose={() => setChoosing(undefined)}
      testId="open-in-query-tool"
    >
      <DatabaseChooser
        className="database-choice"
        onChoose={(database) => {
          setChoosing(undefined);
          onOpen(database, choosing.text, choosing.path);
        }}
      />
    </Dialog>
  );

  return { enabled: Boolean(onOpen), start, dialog };
}
