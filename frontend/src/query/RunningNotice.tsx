import { useEffect, useState } from 'react';
import { LoaderCircle } from 'lucide-react';

/** While a query runs: that it runs, and for how long, updated ten times a second. */
export function RunningNotice() {
  const [started] = useState(() => performance.now());
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setElapsed(performance.now() - started), 100);
    return () => window.clearInterval(timer);
  }, [started]);
  return (
    <div className="query-tool__running" role="status" data-testid="running-elapsed">
      <LoaderCircle size={13} className="spin" aria-hidden="true" /> Running…{' '}
      {(elapsed / 1000).toFixed(1)} s
      <span className="muted"> — the results below are from the previous run</span>
    </div>
  );
}
