import { useEffect, useRef, useState } from 'react';
import { Copy } from 'lucide-react';
import { Dialog } from './Dialog';
import { errorText } from './errorText';

interface ValueViewerProps {
  /** What the value is: the column and row. */
  title: string;
  type: string;
  /** Reads the whole value (a preview's rest comes from the server). */
  load: () => Promise<string | null>;
  onClose: () => void;
}

/** JSON laid out with indentation when it is JSON; any other text as it is. */
function readable(text: string, type: string): string {
  if (!/json/.test(type)) return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The whole of one value, read-only, in a dialog: long text, JSON laid out, bytea as its hex; with Copy. */
export function ValueViewer({ title, type, load, onClose }: ValueViewerProps) {
  const [value, setValue] = useState<{ text: string | null } | undefined>();
  const [error, setError] = useState<string>();
  const [copied, setCopied] = useState(false);
  // Read once, when the viewer opens: the caller's function may be new at every render.
  const loadOnce = useRef(load);

  useEffect(() => {
    let current = true;
    loadOnce.current().then(
      (text) => current && setValue({ text }),
      (failure: unknown) => current && setError(errorText(failure)),
    );
    return () => {
      current = false;
    };
  }, []);

  const copy = async () => {
    if (value?.text == null) return;
    await navigator.clipboard.writeText(value.text);
    setCopied(true);
  };

  return (
    <Dialog
      title={title}
      onClose={onClose}
      size="large"
      testId="value-viewer"
      footer={
        <>
          <span className="muted" data-testid="value-length">
            {value?.text != null
              ? `${value.text.length.toLocaleString()} characters · ${type}`
              : type}
          </span>
          <button type="button" onClick={() => void copy()} disabled={value?.text == null}>
            <Copy size={13} aria-hidden="true" /> {copied ? 'Copied' : 'Copy'}
          </button>
          <button type="button" className="toolbar-button primary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : value === undefined ? (
        <p className="muted">Reading the whole value…</p>
      ) : value.text === null ? (
        <p className="muted">NULL</p>
      ) : (
        <textarea
          className="value-viewer__text"
          readOnly
          aria-label={title}
          value={readable(value.text, type)}
          data-testid="value-viewer-text"
        />
      )}
    </Dialog>
  );
}
