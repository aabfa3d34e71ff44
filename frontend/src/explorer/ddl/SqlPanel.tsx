import { useQuery } from '@tanstack/react-query';
import { Check, Copy } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useSelectedNode } from '../selection';
import type { TreeNode } from '../tree';
import { ddlPathFor, ddlQuery } from './api';
import { SqlView } from './SqlView';
import './sqlPanel.css';

/**
 * The SQL panel: the statements that recreate what {@code path} names (an object with what belongs to it, or a whole
 * schema), highlighted, with a button that copies them.
 */
export function SqlPanel({ path, title }: { path: string; title?: string }) {
  const query = useQuery(ddlQuery(path));
  if (query.isPending) return <div className="empty-state">Loading…</div>;
  if (query.isError)
    return (
      <div className="form-error" role="alert">
        {query.error.message}
      </div>
    );
  return (
    <div className="sql-panel" data-testid="sql-panel">
      <div className="sql-panel__bar">
        {title && <h2 className="sql-panel__title">{title}</h2>}
        <CopyButton text={query.data} />
      </div>
      <SqlView text={query.data} label={title ? `SQL of ${title}` : 'SQL'} />
    </div>
  );
}

/** The SQL panel for a node of the Object Explorer, or for the one selected there when none is given. */
export function NodeSqlPanel({ node }: { node?: TreeNode }) {
  const selected = useSelectedNode();
  const shown = node ?? selected;
  if (!shown) return <div className="empty-state">Select an object in the Object Explorer.</div>;
  const path = ddlPathFor(shown);
  if (!path)
    return (
      <div className="empty-state">{shown.label}: select one of its objects to see its SQL.</div>
    );
  return <SqlPanel path={path} title={shown.label} />;
}

function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  const label = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy';
  return (
    <button type="button" className="sql-panel__copy" onClick={copy} aria-live="polite">
      {state === 'copied' ? <Check size={14} aria-hidden /> : <Copy size={14} aria-hidden />}
      {label}
    </button>
  );
}
