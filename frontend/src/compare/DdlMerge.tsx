import { PostgreSQL, sql } from '@codemirror/lang-sql';
import { MergeView } from '@codemirror/merge';
import { EditorState } from '@codemirror/state';
import { EditorView, minimalSetup } from 'codemirror';
import { useEffect, useRef } from 'react';

/** Like SqlView: CodeMirror's run-time styles go into a shadow root, which the page's CSP allows. */
const layout = EditorView.theme({
  '&': { fontSize: '13px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
});

function side(doc: string, label: string) {
  return {
    doc,
    extensions: [
      minimalSetup,
      sql({ dialect: PostgreSQL }),
      layout,
      EditorView.editable.of(false),
      EditorState.readOnly.of(true),
      EditorView.contentAttributes.of({ 'aria-label': label, 'aria-readonly': 'true' }),
    ],
  };
}

/** One object's DDL, live on the left and the snapshot's on the right, the changed lines marked. */
export function DdlMerge({ live, snapshot }: { live: string; snapshot: string }) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const view = new MergeView({
      a: side(live, 'Live DDL'),
      b: side(snapshot, 'Snapshot DDL'),
      parent: root,
      root,
      gutter: true,
      highlightChanges: true,
    });
    return () => view.destroy();
  }, [live, snapshot]);

  return <div className="compare-merge" ref={host} data-testid="compare-merge" />;
}
