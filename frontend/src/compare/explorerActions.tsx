import { queryToolTab } from '../app/tabs';
import { registerNodeAction, type NodeActionContext } from '../explorer/actions';
import { Dialog } from '../ui/Dialog';
import { errorText } from '../ui/errorText';
import { saveSnapshot } from './api';
import { CompareDialog } from './CompareDialog';

/** The Compare dialog on the node's schema; its script opens in a Query Tool on the same database. */
function openCompare({ node, openDialog, openTab }: NodeActionContext, snapshot?: string) {
  const { db = '', schema = '' } = node.ref;
  openDialog((close) => (
    <CompareDialog
      database={db}
      schema={schema}
      snapshot={snapshot}
      onOpenScript={(sql) => openTab(queryToolTab(db, sql))}
      onClose={close}
    />
  ));
}

/** A schema's snapshot goes into storage (snapshots/), where "Compare with snapshot…" picks it. Reads only. */
registerNodeAction('schema', {
  id: 'save-snapshot',
  label: 'Save snapshot',
  group: 'tools',
  order: 40,
  when: ({ node }) => Boolean(node.ref.db && node.ref.schema),
  run: (context) => {
    const { db = '', schema = '' } = context.node.ref;
    saveSnapshot(db, schema).then(
      (path) =>
        context.openDialog((close) => (
          <Dialog
            title="Snapshot saved"
            size="narrow"
            testId="snapshot-saved"
            onClose={close}
            footer={
              <>
                <button
                  type="button"
                  className="toolbar-button primary"
                  data-testid="snapshot-saved-compare"
                  onClick={() => {
                    close();
                    openCompare(context, path);
                  }}
                >
                  Compare with it
                </button>
                <button type="button" data-testid="snapshot-saved-close" onClick={close}>
                  Close
                </button>
              </>
            }
          >
            <p>
              The snapshot of {db}.{schema} is in Storage as{' '}
              <code data-testid="snapshot-saved-path">{path}</code>.
            </p>
          </Dialog>
        )),
      (error: unknown) => window.alert(errorText(error)),
    );
  },
});

/** Compares the live schema with a snapshot in storage and offers the script that makes it match. */
registerNodeAction('schema', {
  id: 'compare-snapshot',
  label: 'Compare with snapshot…',
  group: 'tools',
  order: 41,
  when: ({ node }) => Boolean(node.ref.db && node.ref.schema),
  run: (context) => openCompare(context),
});
