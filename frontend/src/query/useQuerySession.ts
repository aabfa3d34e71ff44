import { useEffect, useRef, useState } from 'react';
import { isSessionNotHere, queryApi, type SessionState } from './api';

/**
 * The tab's query session: opened with the tab, closed with it, and opened anew when this pgdeck no longer holds it
 * (a restart, or a request that reached another replica), saying what was lost through {@code onLost}.
 */
export function useQuerySession(database: string, onLost: (message: string) => void) {
  const [session, setSession] = useState<SessionState>();
  const [openError, setOpenError] = useState<string>();
  const opened = useRef<string | undefined>(undefined);
  useEffect(() => {
    let closed = false;
    queryApi.open(database).then(
      (state) => {
        opened.current = state.id;
        if (closed) void queryApi.close(state.id).catch(() => undefined);
        else setSession(state);
      },
      (error: Error) => setOpenError(error.message),
    );
    return () => {
      closed = true;
      if (opened.current) void queryApi.close(opened.current).catch(() => undefined);
    };
  }, [database]);

  /** The session is gone from this pgdeck (restart, or another replica answered): open a new one and say so. */
  const reopenIfLost = async (error: unknown) => {
    if (!isSessionNotHere(error)) return false;
    setSession(undefined);
    const state = await queryApi.open(database);
    opened.current = state.id;
    setSession(state);
    onLost(
      'The query session was lost (pgdeck restarted, or your request reached another replica); a new one is ' +
        'open: its transaction and earlier results are gone. Run again.',
    );
    return true;
  };

  return { session, setSession, openError, reopenIfLost };
}
