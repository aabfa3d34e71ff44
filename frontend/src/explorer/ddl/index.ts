/**
 * The SQL panel, for the Properties tab (or a tab of its own) and for "Scripts → CREATE":
 *
 *   <NodeSqlPanel />                      the selected node's SQL (or <NodeSqlPanel node={node} />)
 *   <SqlPanel path={ddlPaths.schema(db, schema)} title={schema} />
 *   registerScriptActions(openInQueryTool) adds "Scripts → CREATE" to the context menus; it fetches the node's
 *   SQL and hands it to openInQueryTool(title, sql).
 */
export { NodeSqlPanel, SqlPanel } from './SqlPanel';
export { SqlView } from './SqlView';
export { ddlPathFor, ddlPaths, ddlQuery, fetchDdl } from './api';
export { registerScriptActions } from './scriptActions';
