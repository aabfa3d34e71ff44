import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiSend, isApiError, type HttpMethod } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { Tabs } from '../ui/Tabs';

/** What the change endpoints answer: the SQL that ran, or with preview=true would run. */
export interface ChangeResult {
  sql: string;
  statements: string[];
  executed: boolean;
}

export interface ChangeDialogProps {
  title: string;
  method: HttpMethod;
  /** The change endpoint, possibly with query parameters (e.g. ?cascade=true); preview=true is added for the SQL tab. */
  path: string;
  body?: unknown;
  submitLabel?: string;
  danger?: boolean;
  testId?: string;
  onClose: () => void;
  onDone: (result: ChangeResult) => void;
  children: ReactNode;
}

const CHANGE_TABS = [
  ['general', 'General'],
  ['sql', 'SQL'],
] as const;

export function withPreview(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}preview=true`;
}

/** The server's error, in place: PostgreSQL's message with its SQLSTATE, position and hint. */
export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  if (!isApiError(error))
    return (
      <div className="form-error" role="alert">
        {String(error)}
      </div>
    );
  return (
    <div className="form-error" role="alert" data-testid="change-error">
      <strong>{error.detail ?? error.title}</strong>
      {error.sqlState && (
        <div className="small">
          SQLSTATE {error.sqlState}
          {error.position ? `, at character ${error.position}` : ''}
        </div>
      )}
      {error.hint && <div className="small">Hint: {error.hint}</div>}
    </div>
  );
}

/**
 * A dialog that changes the database: a General tab with the form, a SQL tab showing exactly what will run (from the
 * API's preview), and a button that runs it in one transaction; a failure is shown in place and the dialog stays.
 */
export function ChangeDialog(props: ChangeDialogProps) {
  const {
    title,
    method,
    path,
    body,
    submitLabel = 'Save',
    danger,
    testId,
    onClose,
    onDone,
    children,
  } = props;
  const [tab, setTab] = useState<(typeof CHANGE_TABS)[number][0]>('general');
  const preview = useQuery({
    queryKey: ['explorer-preview', method, path, JSON.stringify(body ?? null)],
    queryFn: () => apiSend<ChangeResult>(method, withPreview(path), body),
    enabled: tab === 'sql',
    retry: false,
    staleTime: 0,
    gcTime: 0,
  });
  const run = useMutation({
    mutationFn: () => apiSend<ChangeResult>(method, path, body),
    onSuccess: (result) => {
      onDone(result);
      onClose();
    },
  });

  const footer = (
    <>
      <button type="button" className="toolbar-button" onClick={onClose}>
        Cancel
      </button>
      <button
        type="button"
        className={`toolbar-button ${danger ? 'danger' : 'primary'}`}
        data-testid="change-submit"
        disabled={run.isPending}
        onClick={() => run.mutate()}
      >
        {submitLabel}
      </button>
    </>
  );

  return (
    <Dialog title={title} onClose={onClose} footer={footer} testId={testId} size="large">
      <Tabs
        tabs={CHANGE_TABS}
        active={tab}
        onSelect={setTab}
        testId={(key) => `change-${key}-tab`}
      />
      {tab === 'general' ? (
        children
      ) : (
        <div>
          {preview.isFetching && <div className="muted">Building the SQL…</div>}
          {preview.isError && <ErrorBox error={preview.error} />}
          {preview.data && (
            <pre className="code-block sql-preview" data-testid="change-sql">
              {preview.data.sql}
            </pre>
          )}
        </div>
      )}
      {run.isError && <ErrorBox error={run.error} />}
    </Dialog>
  );
}
