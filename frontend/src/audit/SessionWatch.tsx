import { appUrl } from '../api/base';
import { Clock } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchSession, keepAlive } from './api';
import './audit.css';

const EXPIRED_PATH = '/login?expired';

/**
 * Follows the session the server ends when idle: asks how long is left (without that counting as activity), warns
 * the warning time before the end with a way to stay, and goes to the login page, which says the session expired,
 * once it has ended.
 */
export function SessionWatch() {
  const deadline = useRef<number | undefined>(undefined);
  const warnMs = useRef(60_000);
  const [left, setLeft] = useState<number | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      const session = await fetchSession();
      deadline.current = Date.now() + session.remainingSeconds * 1000;
      warnMs.current = session.warnSeconds * 1000;
    } catch {
      // A 401 already sends the page to the login; anything else: try again at the next tick.
    }
  }, []);

  useEffect(() => {
    void refresh();
    const poll = window.setInterval(() => void refresh(), 5_000);
    const tick = window.setInterval(() => {
      if (deadline.current === undefined) return;
      const remaining = deadline.current - Date.now();
      if (remaining <= 0) {
        window.location.assign(appUrl(EXPIRED_PATH));
        return;
      }
      setLeft(remaining <= warnMs.current ? remaining : undefined);
    }, 1_000);
    return () => {
      window.clearInterval(poll);
      window.clearInterval(tick);
    };
  }, [refresh]);

  if (left === undefined) return null;
  return (
    <div
      className="session-warning"
      role="alertdialog"
      aria-live="assertive"
      data-testid="idle-warning"
    >
      <Clock size={16} aria-hidden="true" />
      <span>Your session ends in {Math.ceil(left / 1000)} s for inactivity.</span>
      <button
        type="button"
        className="toolbar-button"
        onClick={async () => {
          await keepAlive();
          setLeft(undefined);
          await refresh();
        }}
      >
        Stay logged in
      </button>
    </div>
  );
}
