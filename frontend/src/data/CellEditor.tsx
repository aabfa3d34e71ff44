import { useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { PLACEHOLDERS, editText, editorKind, problemWith } from './editors';
import type { CellValue, DataColumn } from './types';
import './cellEditor.css';

export type Move = 'down' | 'right' | 'stay';

export interface CellEditorProps {
  column: DataColumn;
  value: CellValue | undefined;
  /** A key typed to start editing replaces the value, as in a spreadsheet. */
  initialText?: string;
  onCommit: (value: CellValue, move: Move) => void;
  onCancel: () => void;
}

const keepFocus = (event: MouseEvent) => event.preventDefault();

// Editing starts with the caret after the text, as a spreadsheet does.
const caretAtEnd = (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
  const input = event.currentTarget;
  if (input.type === 'text' || input instanceof HTMLTextAreaElement) {
    input.setSelectionRange(input.value.length, input.value.length);
  }
};

/**
 * Edits one cell in place with a control that fits its type, and a bar that sets NULL (distinct from empty text) or
 * DEFAULT and says what is wrong with the text before it is saved.
 */
export function CellEditor({ column, value, initialText, onCommit, onCancel }: CellEditorProps) {
  const kind = editorKind(column);
  const [text, setText] = useState(initialText ?? editText(value));
  const problem = problemWith(kind, text);

  const commitText = (move: Move) => {
    if (!problem) onCommit(text, move);
  };

  const onKeyDown = (
    event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>,
  ) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      commitText('down');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      commitText('right');
    }
  };

  let control;
  if (kind === 'boolean' || kind === 'enum') {
    const options = kind === 'boolean' ? ['true', 'false'] : (column.enumLabels ?? []);
    const selected =
      value === null || value === undefined || typeof value === 'object' ? '' : String(value);
    control = (
      <select
        className="cell-editor__input"
        autoFocus
        aria-label={`Value of ${column.name}`}
        defaultValue={selected}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') onCancel();
        }}
        onChange={(event) => {
          const chosen = event.target.value;
          if (chosen === '') onCommit(null, 'stay');
          else onCommit(kind === 'boolean' ? chosen === 'true' : chosen, 'stay');
        }}
      >
        <option value="" disabled={!column.nullable}>
          NULL
        </option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  } else if (kind === 'json') {
    control = (
      <textarea
        className="cell-editor__input cell-editor__input--json"
        autoFocus
        aria-label={`Value of ${column.name}`}
        aria-invalid={problem !== undefined}
        placeholder={PLACEHOLDERS.json}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={caretAtEnd}
      />
    );
  } else {
    control = (
      <input
        className="cell-editor__input"
        autoFocus
        aria-label={`Value of ${column.name}`}
        aria-invalid={problem !== undefined}
        type={
          kind === 'date' && (text === '' || /^\d{4}-\d{2}-\d{2}$/.test(text)) ? 'date' : 'text'
        }
        inputMode={kind === 'integer' || kind === 'decimal' ? 'decimal' : undefined}
        placeholder={PLACEHOLDERS[kind]}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={caretAtEnd}
      />
    );
  }

  return (
    <div className="cell-editor" data-testid="cell-editor">
      {control}
      <div className="cell-editor__bar">
        {problem && text !== '' && (
          <span className="cell-editor__problem" role="alert">
            {problem}
          </span>
        )}
        <button
          type="button"
          className="cell-editor__button"
          disabled={!column.nullable}
          title={
            column.nullable ? 'Set NULL (not the same as empty text)' : 'This column is NOT NULL'
          }
          onMouseDown={keepFocus}
          onClick={() => onCommit(null, 'stay')}
        >
          NULL
        </button>
        {column.hasDefault && (
          <button
            type="button"
            className="cell-editor__button"
            title="Use the column's default"
            onMouseDown={keepFocus}
            onClick={() => onCommit({ $default: true }, 'stay')}
          >
            DEFAULT
          </button>
        )}
        {kind !== 'boolean' && kind !== 'enum' && (
          <button
            type="button"
            className="cell-editor__button cell-editor__button--primary"
            disabled={problem !== undefined}
            onMouseDown={keepFocus}
            onClick={() => commitText('stay')}
          >
            OK
          </button>
        )}
      </div>
    </div>
  );
}
