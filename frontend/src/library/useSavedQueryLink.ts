import { useEffect, useState } from 'react';
import { isApiError } from '../api/client';
import { errorText } from '../ui/errorText';
import { library, linkedSavedQuery } from './api';
import type { SavedRef } from './LibraryPanel';

/**
 * A link to a saved query (?saved-query=ID, see savedQueryLink) opens it in a Query Tool tab once the workspace is up.
 * Opened while logged out, the link leads to the login, which comes back to it. The address is then cleaned, so a
 * reload does not open the query again. What kept it from opening is answered, to be shown: a link that opens
 * nothing and says nothing leaves its reader wondering.
 */
export function useSavedQueryLink(
  open: (database: string, sql: string, saved: SavedRef) => void,
): [string | undefined, () => void] {
  const [failure, setFailure] = useState<string>();
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
      .catch((error) => setFailure(linkFailure(error)));
  }, [open]);
  return [failure, () => setFailure(undefined)];
}

function linkFailure(error: unknown): string {
  if (isApiError(error) && error.status === 404) {
    return 'The saved query this link names is not in the library: it was deleted, or the link is from another deployment.';
  }
  return `The saved query this link names could not be opened: ${errorText(error)}`;
}
