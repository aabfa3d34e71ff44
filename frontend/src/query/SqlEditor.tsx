import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { basicSetup } from 'codemirror';
import { Compartment, EditorState, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';
import { format } from 'sql-formatter';
import { statementAt } from './statements';
import type { CatalogSource } from './catalogSource';
import { sqlLanguage } from './completion';

export interface RunTarget {
  text: string;
  /** Where {@link text} starts in the editor, to map error positions back. */
  offset: number;
}

export interface SqlEditorHandle {
  text(): string;
  setText(text: string): void;
  /** The selection, or else the statement under the cursor. */
  runTarget(): RunTarget | undefined;
  markError(position: number): void;
  format(): void;
  focus(): void;
}

export interface SqlEditorProps {
  initialText: string;
  catalog?: CatalogSource;
  onRunAll: () => void;
  onRunTarget: () => void;
  onChange: () => void;
}

const setErrorMark = StateEffect.define<number | null>();

const errorMark = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    if (tr.docChanged) return Decoration.none;
    for (const effect of tr.effects) {
      if (effect.is(setErrorMark)) {
        if (effect.value === null) return Decoration.none;
        const line = tr.state.doc.lineAt(Math.min(effect.value, tr.state.doc.length));
        const from = Math.min(effect.value, tr.state.doc.length);
        const to = Math.max(from, Math.min(line.to, wordEnd(tr.state.doc.toString(), from)));
        const marks = [Decoration.line({ class: 'cm-error-line' }).range(line.from)];
        if (to > from) marks.push(Decoration.mark({ class: 'cm-error-mark' }).range(from, to));
        return Decoration.set(marks);
      }
    }
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

function wordEnd(text: string, from: number): number {
  const match = /^[\w."$]*/.exec(text.slice(from, from + 200));
  return from + Math.max(1, match ? match[0].length : 1);
}

/**
 * CodeMirror keeps its styles in a shadow root: there style-mod uses a constructed style sheet, where in
 * the document it would insert a <style> element, which the page's CSP (style-src 'self') refuses.
 */
const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px', backgroundColor: '#ffffff' },
  '.cm-scroller': { fontFamily: 'var(--font-mono, monospace)', lineHeight: '1.5' },
  '.cm-gutters': { backgroundColor: '#f6f7f9', borderRight: '1px solid #d9dde3', color: '#5f6b7a' },
  '.cm-error-line': { backgroundColor: '#fdecec' },
  '.cm-error-mark': { textDecoration: 'underline wavy #b91c1c', backgroundColor: '#f9d6d6' },
  '.cm-panels': { fontFamily: 'var(--font-ui, sans-serif)', fontSize: '12px' },
});

export const SqlEditor = forwardRef<SqlEditorHandle, SqlEditorProps>(function SqlEditor(
  { initialText, catalog, onRunAll, onRunTarget, onChange },
  ref,
) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const languageSlot = useRef(new Compartment());
  const callbacks = useRef({ onRunAll, onRunTarget, onChange });
  callbacks.current = { onRunAll, onRunTarget, onChange };

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    container.style.height = '100%';
    shadow.replaceChildren(container);
    const view = new EditorView({
      root: shadow,
      parent: container,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          keymap.of([
            { key: 'F5', run: () => (callbacks.current.onRunAll(), true), preventDefault: true },
            { key: 'Mod-Enter', run: () => (callbacks.current.onRunTarget(), true) },
          ]),
          basicSetup,
          languageSlot.current.of(sqlLanguage(undefined)),
          errorMark,
          theme,
          EditorView.contentAttributes.of({
            'aria-label': 'SQL editor',
            'data-testid': 'sql-editor',
            // Already focusable as contenteditable; said outright so that checkers see the scrolled editor as reachable.
            tabindex: '0',
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange();
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // Created once: later text lives in the editor itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: languageSlot.current.reconfigure(sqlLanguage(catalog)),
    });
  }, [catalog]);

  useImperativeHandle(ref, () => ({
    text: () => viewRef.current?.state.doc.toString() ?? '',
    setText(text) {
      const view = viewRef.current;
      view?.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    runTarget() {
      const view = viewRef.current;
      if (!view) return undefined;
      const { from, to } = view.state.selection.main;
      const doc = view.state.doc.toString();
      if (to > from) return { text: doc.slice(from, to), offset: from };
      const range = statementAt(doc, from);
      return range && { text: doc.slice(range.from, range.to), offset: range.from };
    },
    markError(position) {
      const view = viewRef.current;
      if (!view) return;
      const at = Math.min(position, view.state.doc.length);
      view.dispatch({
        effects: [setErrorMark.of(at), EditorView.scrollIntoView(at, { y: 'center' })],
        selection: { anchor: at },
      });
    },
    format() {
      const view = viewRef.current;
      if (!view) return;
      const { from, to } = view.state.selection.main;
      const whole = to <= from;
      const source = whole ? view.state.doc.toString() : view.state.sliceDoc(from, to);
      const formatted = format(source, { language: 'postgresql', keywordCase: 'upper' });
      view.dispatch({
        changes: whole
          ? { from: 0, to: view.state.doc.length, insert: formatted }
          : { from, to, insert: formatted },
      });
    },
    focus: () => viewRef.current?.focus(),
  }));

  return <div ref={hostRef} className="query-editor__host" data-testid="sql-editor-host" />;
});
