import { useEffect, useRef, useState } from 'react';
import { followLog } from './api';
import { errorText } from '../ui/errorText';

/** The job's log, growing while the job runs, kept scrolled to the end unless the reader scrolled up. */
export function JobLog({ id }: { id: number }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [following, setFollowing] = useState(true);
  const ref = useRef<HTMLPreElement>(null);
  const stick = useRef(true);

  useEffect(() => {
    const abort = new AbortController();
    setText('');
    setError(undefined);
    setFollowing(true);
    followLog(id, (piece) => setText((all) => all + piece), abort.signal)
      .catch((cause: unknown) => {
        if (!abort.signal.aborted) setError(errorText(cause));
      })
      .finally(() => {
        if (!abort.signal.aborted) setFollowing(false);
      });
    return () => abort.abort();
  }, [id]);

  useEffect(() => {
    const pre = ref.current;
    if (pre && stick.current) pre.scrollTop = pre.scrollHeight;
  }, [text]);

  return (
    <div className="job-log">
      <pre
        ref={ref}
        className="code-block code-block--command job-log__text"
        data-testid="job-log"
        data-following={following}
        tabIndex={0}
        onScroll={(event) => {
          const pre = event.currentTarget;
          stick.current = pre.scrollHeight - pre.scrollTop - pre.clientHeight < 24;
        }}
      >
        {text || (following ? 'Waiting for output…' : 'The log is empty.')}
      </pre>
      {error && <p className="form-error">{error}</p>}
    </div>
  );
}
