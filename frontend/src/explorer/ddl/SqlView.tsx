import { PostgreSQL, sql } from '@codemirror/lang-sql';
import { EditorView, minimalSetup } from 'codemirror';
import { useEffect, useRef } from 'react';

/** Read-only SQL with PostgreSQL syntax highlighting (CodeMirror 6); selectable, searchable with the keyboard. */
export function SqlView({ text, label = 'SQL' }: { text: string; label?: string }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);

  useEffect(() => {
    if (!host.current) return undefined;
    const editor = new EditorView({
      parent: host.current,
      extensions: [
        minimalSetup,
        sql({ dialect: PostgreSQL }),
        EditorView.editable.of(false),
        EditorView.contentAttributes.of({ 'aria-label': label, 'aria-readonly': 'true' }),
      ],
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [label]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === text) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
  }, [text]);

  return <div className="sql-view" ref={host} data-testid="sql-view" />;
}
