import { PostgreSQL, sql } from '@codemirror/lang-sql';
import { EditorView, minimalSetup } from 'codemirror';
import { useEffect, useRef } from 'react';

/**
 * Layout of the editor. CodeMirror writes its styles at run time; the page's CSP (style-src 'self') refuses style
 * elements, so the editor lives in a shadow root, where they go in as constructed style sheets instead.
 */
const layout = EditorView.theme({
  '&': { height: '100%', fontSize: '13px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
});

/** Read-only SQL with PostgreSQL syntax highlighting (CodeMirror 6); selectable, searchable with the keyboard. */
export function SqlView({ text, label = 'SQL' }: { text: string; label?: string }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const editor = new EditorView({
      root,
      parent: root,
      extensions: [
        minimalSetup,
        sql({ dialect: PostgreSQL }),
        layout,
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
