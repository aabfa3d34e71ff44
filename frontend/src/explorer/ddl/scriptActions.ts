import { registerNodeAction } from '../actions';
import { ddlPathFor, fetchDdl } from './api';
import { errorText } from '../../ui/errorText';

/** Node types whose SQL the API serves: a schema's whole script, each object's, and its parts' (their table's). */
const SCRIPTED = [
  'schema',
  'table',
  'view',
  'materialized-view',
  'foreign-table',
  'sequence',
  'function',
  'procedure',
  'trigger-function',
  'aggregate',
  'type',
  'domain',
  'collation',
];

/**
 * Adds "Scripts → CREATE" to the context menu of every scripted node: it fetches the node's SQL and hands it to
 * {@code openInQueryTool}, which the Query Tool provides (a new tab holding the text). Answers the unregister function.
 */
export function registerScriptActions(
  openInQueryTool: (title: string, sql: string) => void,
  onError: (message: string) => void = (message) => window.alert(message),
): () => void {
  return registerNodeAction(SCRIPTED, {
    id: 'scripts-create',
    label: 'Scripts → CREATE',
    group: 'scripts',
    when: (context) => ddlPathFor(context.node) !== undefined,
    run: (context) => {
      const path = ddlPathFor(context.node);
      if (!path) return;
      fetchDdl(path).then(
        (sql) => openInQueryTool(`${context.node.label} (CREATE)`, sql),
        (error: unknown) => onError(errorText(error)),
      );
    },
  });
}
