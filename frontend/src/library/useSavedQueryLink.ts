import { useEffect } from 'react';
import { library, linkedSavedQuery } from './api';
import type { SavedRef } from './LibraryPanel';

/**
 * A link to a saved query (?saved-query=ID, see savedQueryLink) opens it in a Query Tool tab once the workspace is up.
 * Opened while logged out, the link leads to the login, which comes back to it. The address is then cleaned, so a
 * reload does not open the query again.
 */
export function useSavedQueryLink(open: (database: string, sql: string, saved: SavedRef) => void) {
  useEffect(() => {
    const id = linkedSavedQuery();
    if (!id) return;
    history.replaceState(null, '', window.location.pathname);
    library
      .open(id)
      .then((query) =>
        open(query.database ?? 'postgres', query.sql, {
          id: query.id,
          name: query.name,
          version: query.version,
        }),
      )
      .catch(() => undefined);
  }, [open]);
}
