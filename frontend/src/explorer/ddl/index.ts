/**
 * The SQL panel, for the Properties tab (or a tab of its own); SqlView for any read-only SQL:
 *
 *   <NodeSqlPanel />                      the selected node's SQL (or <NodeSqlPanel node={node} />)
 *   <SqlPanel path={ddlPaths.schema(db, schema)} title={schema} />
 */
export { NodeSqlPanel, SqlPanel } from './SqlPanel';
export { SqlView } from './SqlView';
export { ddlPathFor, ddlPaths, ddlQuery, fetchDdl } from './api';
