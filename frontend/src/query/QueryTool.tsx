import { useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { AlignLeft, Ban, GitBranch, Play, PlaySquare } from 'lucide-react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { registerCloseGuard } from '../app/tabs';
import { rememberedText, useTextMemory } from '../app/tabMemory';
import { announceCatalogChange, changesCatalog } from '../api/catalogChanges';
import {
  queryApi,
  type Execution,
  type ExplainOptions,
  type ExplainResult,
  type SessionState,
  type TransactionStatus,
} from './api';
import { HistoryPanel, historyKey } from './HistoryPanel';
import { ErrorDetails, MessagesPane } from './MessagesPane';
import { PlanView } from './PlanView';
import { ExplainOptionsMenu } from './ExplainOptionsMenu';
import { ResultGrid } from './ResultGrid';
import { SqlEditor, type RunTarget, type SqlEditorHandle } from './SqlEditor';
import { SqlFileActions } from './SqlFileActions';
import { LibraryActions } from '../library/LibraryActions';
import type { SavedRef } from '../library/LibraryPanel';
import { ToolbarButton } from '../ui/ToolbarButton';
import { TransactionControls } from './TransactionControls';
import { RunningNotice } from './RunningNotice';
import { useQueuedRun } from './useQueuedRun';
import { useQuerySession } from './useQuerySession';
import { useSqlFile } from './useSqlFile';
import './query.css';
import { errorText } from '../ui/errorText';
import { serverCatalog } from './catalogSource';

export interface QueryToolProps {
  tabId: string;
  database: string;
  initialSql?: string;
  /** The file in storage the tab was opened from: Save writes back to it. */
  initialFile?: string;
  /** The saved query of the team library the tab was opened from. */
  initialSaved?: SavedRef;
  /** The tab's title when it opened. */
  title: string;
  onTitle: (title: string) => void;
  onOpenQuery: (database: string, sql: string) => void;
}

/** What executions and plans both answer. */
interface Answer {
  error?: { scriptPosition?: number };
  transactionStatus: TransactionStatus;
}

/** One Query Tool tab: its own session (a dedicated connection), an editor, results, messages and plans. */
export function QueryTool({
  tabId,
  database,
  initialSql = '',
  initialFile,
  initialSaved,
  title,
  onTitle,
  onOpenQuery,
}: QueryToolProps) {
  const editor = useRef<SqlEditorHandle>(null);
  const queryClient = useQueryClient();
  const [running, setRunning] = useState(false);
  const [execution, setExecution] = useState<Execution>();
  const [ranText, setRanText] = useState('');
  const [explain, setExplain] = useState<ExplainResult>();
  const [view, setView] = useState<string>('messages');
  const [showHistory, setShowHistory] = useState(false);
  const [options, setOptions] = useState<ExplainOptions>({
    costs: true,
    timing: true,
    summary: true,
  });
  const [failure, setFailure] = useState<string>();
  const { session, setSession, openError, reopenIfLost } = useQuerySession(database, setFailure);
  const file = useSqlFile({
    editor,
    database,
    initialFile,
    initialSql,
    // A library tab that comes back after a reload may hold edits never saved: it counts as modified then.
    initialStored: Boolean(initialSaved) && rememberedText(tabId) === undefined,
    initialTitle: title,
    onTitle,
    onError: setFailure,
  });
  const unsaved = useRef(file.unsaved);
  unsaved.current = file.unsaved;
  const status = useRef<TransactionStatus>('idle');
  status.current = session?.transactionStatus ?? 'idle';

  const catalog = useMemo(() => serverCatalog(database), [database]);
  const rememberSoon = useTextMemory(tabId, () => editor.current?.text() ?? '');

  // A new tab is for typing: the cursor starts in the editor, once the chooser that opened it has let go of focus.
  useEffect(() => {
    const timer = window.setTimeout(() => editor.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  useEffect(() => {
    // Leaving the page would close the session too: ask as closing the tab does.
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (status.current !== 'idle' || unsaved.current()) {
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, []);

  useEffect(
    () =>
      registerCloseGuard(tabId, () => {
        if (status.current !== 'idle')
          return 'This tab has an open transaction: close it anyway (it is rolled back)?';
        if (unsaved.current()) return 'This tab has unsaved SQL: close it anyway?';
        return undefined;
      }),
    [tabId],
  );

  const sessionId = session?.id;

  /** Runs {@code call} on the session for {@code target}, then marks an error's position in the editor. */
  const perform = async <T extends Answer>(
    target: RunTarget | undefined,
    call: (sessionId: string, text: string) => Promise<T>,
    show: (answer: T) => void,
  ) => {
    if (!sessionId || !target || !target.text.trim() || running) return;
    setRunning(true);
    setFailure(undefined);
    setRanText(target.text);
    try {
      const answer = await call(sessionId, target.text);
      show(answer);
      setSession((s) => s && { ...s, transactionStatus: answer.transactionStatus });
      if (answer.error?.scriptPosition !== undefined) {
        editor.current?.markError(target.offset + answer.error.scriptPosition);
      }
    } catch (error) {
      if (!(await reopenIfLost(error))) setFailure(errorText(error));
    } finally {
      setRunning(false);
      void queryClient.invalidateQueries({ queryKey: historyKey });
    }
  };

  const run = (target: RunTarget | undefined) =>
    perform(target, queryApi.execute, (answer) => {
      setExecution(answer);
      if (answer.results.some((r) => changesCatalog(r.command))) announceCatalogChange(database);
      const firstGrid = answer.results.find((r) => r.columns.length > 0);
      setView(!answer.error && firstGrid ? `result-${firstGrid.statementIndex}` : 'messages');
    });

  const queue = useQueuedRun(Boolean(session), (target) => void run(target));
  const runAll = () => queue.request({ text: editor.current?.text() ?? '', offset: 0 });
  const runTarget = () => queue.request(editor.current?.runTarget());

  const runExplain = (analyze: boolean) =>
    perform(
      editor.current?.runTarget(),
      (id, text) => queryApi.explain(id, text, { ...options, analyze }),
      (answer) => {
        setExplain(answer);
        setView('plan');
      },
    );

  const act = async (action: () => Promise<SessionState | void>) => {
    setFailure(undefined);
    try {
      const state = await action();
      if (state) setSession(state);
    } catch (error) {
      if (!(await reopenIfLost(error))) setFailure(errorText(error));
    }
  };

  const format = () => {
    try {
      editor.current?.format();
    } catch (error) {
      setFailure(`Cannot format this SQL: ${errorText(error)}`);
    }
  };

  if (openError) {
    return (
      <div className="query-tool__failure" role="alert">
        Could not open a query session on {database}: {openError}
        {queue.queued && ' The query you ran was not run.'}
      </div>
    );
  }

  const grids = execution?.results.filter((r) => r.columns.length > 0) ?? [];

  return (
    <div className="query-tool" data-testid="query-tool">
      <div className="query-toolbar" role="toolbar" aria-label="Query Tool">
        <span className="query-toolbar__db" title="Database">
          {database}
        </span>
        <SqlFileActions file={file} />
        <LibraryActions
          editor={editor}
          database={database}
          initialSaved={initialSaved}
          onTitle={file.rename}
          onStoring={file.storing}
          onError={setFailure}
        />
        <span className="top-bar__divider" aria-hidden="true" />
        <ToolbarButton
          icon={Play}
          label="Run"
          onClick={runAll}
          disabled={running}
          testId="run-all"
          title="Run everything (F5)"
        />
        <ToolbarButton
          icon={PlaySquare}
          label="Run statement"
          onClick={runTarget}
          disabled={running}
          title="Run the selection or the statement under the cursor (Ctrl/Cmd+Enter)"
        />
        <ToolbarButton
          icon={Ban}
          label="Cancel"
          onClick={() => void act(() => queryApi.cancel(sessionId!))}
          disabled={!running}
          testId="cancel"
        />
        <span className="top-bar__divider" aria-hidden="true" />
        <ToolbarButton
          icon={GitBranch}
          label="Explain"
          onClick={() => void runExplain(false)}
          disabled={!session || running}
          testId="explain"
        />
        <ToolbarButton
          icon={GitBranch}
          label="Explain analyze"
          onClick={() => void runExplain(true)}
          disabled={!session || running}
          testId="explain-analyze"
        />
        <ExplainOptionsMenu options={options} onChange={setOptions} />
        <ToolbarButton icon={AlignLeft} label="Format" onClick={format} title="Format SQL" />
        <TransactionControls
          session={session}
          running={running}
          act={act}
          showHistory={showHistory}
          onToggleHistory={() => setShowHistory((s) => !s)}
        />
      </div>
      {queue.queued && !session && (
        <div className="query-tool__queued" role="status" data-testid="queued-run">
          Connecting to {database}… your query runs as soon as the session is open.
        </div>
      )}
      {failure && (
        <div className="query-tool__failure" role="alert">
          {failure}
        </div>
      )}
      <div className="query-tool__body">
        <Group orientation="vertical" className="query-tool__split">
          <Panel defaultSize="40%" minSize="15%">
            <SqlEditor
              ref={editor}
              initialText={initialSql}
              catalog={catalog}
              onRunAll={runAll}
              onRunTarget={runTarget}
              onChange={() => {
                file.markChanged();
                rememberSoon();
              }}
            />
          </Panel>
          <Separator className="query-tool__divider" />
          <Panel minSize="15%">
            <div className="output">
              <div className="output__tabs" role="tablist" aria-label="Output">
                {grids.map((r) => (
                  <OutputTab
                    key={r.statementIndex}
                    id={`result-${r.statementIndex}`}
                    view={view}
                    setView={setView}
                  >
                    Result {r.statementIndex + 1}
                  </OutputTab>
                ))}
                <OutputTab id="messages" view={view} setView={setView}>
                  Messages{execution?.error ? ' (error)' : ''}
                </OutputTab>
                {explain && (
                  <OutputTab id="plan" view={view} setView={setView}>
                    Plan
                  </OutputTab>
                )}
              </div>
              {running && <RunningNotice />}
              <div
                className={running ? 'output__body output__body--stale' : 'output__body'}
                aria-busy={running}
              >
                {grids.map(
                  (r) =>
                    view === `result-${r.statementIndex}` && (
                      <ResultGrid
                        key={`${r.resultId}-${r.statementIndex}`}
                        sessionId={sessionId!}
                        result={r}
                        downloadName={file.resultName}
                      />
                    ),
                )}
                {view === 'messages' && execution && (
                  <MessagesPane execution={execution} text={ranText} />
                )}
                {view === 'messages' && !execution && (
                  <div className="messages muted">
                    Run a query: F5 runs everything, Ctrl/Cmd+Enter the statement under the cursor.
                  </div>
                )}
                {view === 'plan' && explain?.error && (
                  <ErrorDetails error={explain.error} text={ranText} />
                )}
                {view === 'plan' && explain && !explain.error && <PlanView explain={explain} />}
              </div>
            </div>
          </Panel>
        </Group>
        {showHistory && <HistoryPanel onOpen={onOpenQuery} />}
      </div>
    </div>
  );
}

function OutputTab({
  id,
  view,
  setView,
  children,
}: {
  id: string;
  view: string;
  setView: (id: string) => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      role="tab"
      aria-selected={view === id}
      className={view === id ? 'output__tab output__tab--selected' : 'output__tab'}
      data-testid={`output-${id}`}
      onClick={() => setView(id)}
    >
      {children}
    </button>
  );
}
