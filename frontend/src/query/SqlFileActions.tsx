import { useEffect, useRef, useState, type RefObject } from 'react';
import { FolderOpen, Save, SaveAll } from 'lucide-react';
import { ConfirmDialog, FilePickerDialog, isScriptEntry, type FilePickerChoice } from '../storage';
import { baseName } from '../storage/paths';
import { saveAsStart } from './sqlFiles';
import { ToolbarButton } from '../ui/ToolbarButton';
import type { SqlFile } from './useSqlFile';

type Step =
  | { kind: 'open' | 'save-as' }
  | { kind: 'replace'; path: string }
  | { kind: 'discard'; path: string; text: string };

/** Open…, Save and Save as… for a Query Tool tab, with Ctrl/Cmd+S (and Shift for Save as…). */
export function SqlFileActions({ file }: { file: SqlFile }) {
  const [step, setStep] = useState<Step>();
  const anchor = useRef<HTMLSpanElement>(null);
  const close = () => setStep(undefined);
  const start = saveAsStart(file.path);

  const save = () => {
    if (file.path) void file.write(file.path, true);
    else setStep({ kind: 'save-as' });
  };

  const opened = async (choice: FilePickerChoice) => {
    close();
    const text = await file.read(choice.path);
    if (text === undefined) return;
    if (file.unsaved()) setStep({ kind: 'discard', path: choice.path, text });
    else file.load(choice.path, text);
  };

  const savedAs = (choice: FilePickerChoice) => {
    if (choice.exists) {
      setStep({ kind: 'replace', path: choice.path });
      return;
    }
    close();
    void file.write(choice.path, false);
  };

  useSaveShortcut(anchor, step === undefined && !file.busy, save, () =>
    setStep({ kind: 'save-as' }),
  );

  const buttons = [
    {
      icon: FolderOpen,
      label: 'Open…',
      onClick: () => setStep({ kind: 'open' }),
      testId: 'file-open',
      title: 'Open a .sql file from storage',
    },
    {
      icon: Save,
      label: 'Save',
      onClick: save,
      testId: 'file-save',
      title: `${file.path ? `Save to ${file.path}` : 'Save to a file in storage'} (Ctrl/Cmd+S)`,
    },
    {
      icon: SaveAll,
      label: 'Save as…',
      onClick: () => setStep({ kind: 'save-as' }),
      testId: 'file-save-as',
      title: 'Save to another file in storage (Ctrl/Cmd+Shift+S)',
    },
  ];

  return (
    <span className="query-toolbar__files" ref={anchor}>
      {buttons.map((button) => (
        <ToolbarButton key={button.testId} {...button} disabled={file.busy} iconOnly />
      ))}
      {step?.kind === 'open' && (
        <FilePickerDialog
          title="Open a SQL file"
          mode="open"
          initialFolder={start.folder}
          filter={isScriptEntry}
          onPick={(choice) => void opened(choice)}
          onCancel={close}
        />
      )}
      {step?.kind === 'save-as' && (
        <FilePickerDialog
          title="Save the SQL as"
          mode="save"
          initialFolder={start.folder}
          initialName={start.name}
          filter={isScriptEntry}
          defaultExtension=".sql"
          onPick={savedAs}
          onCancel={close}
        />
      )}
      {step?.kind === 'replace' && (
        <ConfirmDialog
          title="Replace file"
          message={
            <>
              <strong>{baseName(step.path)}</strong> already exists. Replace it with this SQL?
            </>
          }
          confirmLabel="Replace"
          danger
          onConfirm={() => file.write(step.path, true)}
          onClose={close}
        />
      )}
      {step?.kind === 'discard' && (
        <ConfirmDialog
          title="Unsaved SQL"
          message={
            <>
              This tab has SQL that is not saved. Replace it with{' '}
              <strong>{baseName(step.path)}</strong>?
            </>
          }
          confirmLabel="Discard and open"
          danger
          onConfirm={async () => file.load(step.path, step.text)}
          onClose={close}
        />
      )}
    </span>
  );
}

/**
 * Ctrl/Cmd+S saves, with Shift saves as, wherever the focus is in the visible Query Tool; the browser's own "Save
 * page" never opens from it, not even while a dialog or a save is under way ({@code ready} false).
 */
function useSaveShortcut(
  anchor: RefObject<HTMLElement | null>,
  ready: boolean,
  save: () => void,
  saveAs: () => void,
) {
  const current = useRef({ ready, save, saveAs });
  current.current = { ready, save, saveAs };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') {
        return;
      }
      // Each open Query Tool listens; only the one in the visible tab answers.
      if (!anchor.current || anchor.current.closest('[hidden]')) return;
      event.preventDefault();
      if (!current.current.ready) return;
      if (event.shiftKey) current.current.saveAs();
      else current.current.save();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [anchor]);
}
