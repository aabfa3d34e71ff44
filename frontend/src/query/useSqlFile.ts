import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import {
  fileFailure,
  lineEnding,
  readTextFile,
  useStorageRefresh,
  withLineEnding,
  writeTextFile,
} from '../storage';
import type { SqlEditorHandle } from './SqlEditor';
import { downloadName, tabTitle } from './sqlFiles';

export interface SqlFileOptions {
  editor: RefObject<SqlEditorHandle | null>;
  database: string;
  /** The file the tab was opened from, if any. */
  initialFile?: string;
  initialSql: string;
  /** The text is kept elsewhere already (a saved query of the team library): not modified when the tab opens. */
  initialStored?: boolean;
  /** The tab's title when it opened: it names the tab until the tab has a file. */
  initialTitle: string;
  onTitle: (title: string) => void;
  onError: (message: string | undefined) => void;
}

/**
 * The file a Query Tool tab is linked to and whether its text changed since it was opened or saved. Edits made while
 * a save runs keep the tab modified: what was saved is the text as it was when the save began.
 */
export function useSqlFile({
  editor,
  database,
  initialFile,
  initialSql,
  initialStored = false,
  initialTitle,
  onTitle,
  onError,
}: SqlFileOptions) {
  const [path, setPath] = useState(initialFile);
  // SQL opened from history or the tree is not saved anywhere yet; a file's (or a saved query's) text is.
  const [modified, setModified] = useState(initialSql !== '' && !initialFile && !initialStored);
  const [busy, setBusy] = useState(false);
  const modifiedRef = useRef(modified);
  modifiedRef.current = modified;
  const edits = useRef(0);
  const ending = useRef(lineEnding(initialSql));
  // A tab saved to the team library is named after the saved query from then on.
  const [untitled, rename] = useState(initialTitle);
  const refresh = useStorageRefresh();

  const title = tabTitle(path, database, untitled, modified);
  useEffect(() => onTitle(title), [title, onTitle]);

  const markChanged = useCallback(() => {
    edits.current += 1;
    if (!modifiedRef.current) {
      modifiedRef.current = true;
      setModified(true);
    }
  }, []);

  /** The editor's text matches {@code file} as it was at edit number {@code at}. */
  const markSaved = (file: string | undefined, at: number) => {
    setPath(file);
    if (edits.current === at) {
      modifiedRef.current = false;
      setModified(false);
    }
  };

  /**
   * A save elsewhere (the team library) begins with the text as it is now; the answer marks the tab not modified
   * once that save landed, unless it was edited meanwhile.
   */
  const storing = () => {
    const at = edits.current;
    return () => markSaved(path, at);
  };

  /** Reads {@code file}; answers its text, or undefined after showing why it cannot be edited. */
  const read = async (file: string): Promise<string | undefined> => {
    onError(undefined);
    setBusy(true);
    try {
      return await readTextFile(file);
    } catch (error) {
      onError(fileFailure('open', file, error));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  /** Puts {@code text}, read from {@code file}, in the editor and links the tab to the file. */
  const load = (file: string, text: string) => {
    ending.current = lineEnding(text);
    editor.current?.setText(text);
    markSaved(file, edits.current);
  };

  /** Writes the editor's text to {@code file}; answers whether it was saved. */
  const write = async (file: string, overwrite: boolean): Promise<boolean> => {
    onError(undefined);
    setBusy(true);
    const at = edits.current;
    try {
      await writeTextFile(
        file,
        withLineEnding(editor.current?.text() ?? '', ending.current),
        overwrite,
      );
      markSaved(file, at);
      return true;
    } catch (error) {
      onError(fileFailure(overwrite ? 'save' : 'create', file, error));
      return false;
    } finally {
      setBusy(false);
      void refresh();
    }
  };

  /** Whether closing the tab or leaving the page would lose typed text. */
  const unsaved = () => modifiedRef.current && Boolean(editor.current?.text().trim());

  const resultName = downloadName(path, untitled);
  return {
    path,
    modified,
    busy,
    markChanged,
    unsaved,
    read,
    load,
    write,
    rename,
    storing,
    resultName,
  };
}

export type SqlFile = ReturnType<typeof useSqlFile>;
