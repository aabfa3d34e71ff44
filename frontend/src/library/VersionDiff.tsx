import { useEffect, useRef } from 'react';
import { MergeView } from '@codemirror/merge';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { sql } from '@codemirror/lang-sql';

/** Two versions' SQL side by side, the older on the left, changes marked; read-only. */
export function VersionDiff({ older, newer }: { older: string; newer: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const readOnly = [sql(), EditorState.readOnly.of(true), EditorView.editable.of(false)];
    const view = new MergeView({
      a: { doc: older, extensions: readOnly },
      b: { doc: newer, extensions: readOnly },
      parent: host.current,
    });
    return () => view.destroy();
  }, [older, newer]);
  return <div className="library-diff" data-testid="library-diff" ref={host} />;
}
