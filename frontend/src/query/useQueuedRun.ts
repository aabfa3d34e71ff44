import { useEffect, useRef, useState } from 'react';
import type { RunTarget } from './SqlEditor';

/**
 * A run asked for (F5, Run) while the tab's session is still opening: kept, shown, and started once the session is
 * ready, so a query typed and run on a slow link is never silently dropped.
 */
export function useQueuedRun(ready: boolean, run: (target: RunTarget) => void) {
  const [queued, setQueued] = useState<RunTarget>();
  const latestRun = useRef(run);
  latestRun.current = run;

  useEffect(() => {
    if (ready && queued) {
      setQueued(undefined);
      latestRun.current(queued);
    }
  }, [ready, queued]);

  /** Runs {@code target} now when the session is ready, or as soon as it is. */
  const request = (target: RunTarget | undefined) => {
    if (!target || !target.text.trim()) return;
    if (ready) latestRun.current(target);
    else setQueued(target);
  };
  return { queued, request };
}
