import { ddlPathFor, NodeSqlPanel } from './ddl';
import { useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Deployment } from '../api/types';
import { explorerQuery, paths } from './api';
import { useSelectedNode } from './selection';
import type { TreeNode } from './tree';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Where a node's properties come from, and how to pick them out of the answer. */
function propertiesSource(
  node: TreeNode,
): { path: string; pick?: (data: Json) => Json } | undefined {
  const { db, schema, kind, name, table, part } = node.ref;
  const byName = (list: Json) =>
    (Array.isArray(list) ? list : []).find((item) => (item as JsonObject)?.name === name) ?? null;
  if (node.type === 'database' && db) return { path: paths.database(db) };
  if ((node.type === 'schema' || node.type === 'catalog') && db && schema)
    return { path: paths.schema(db, schema) };
  if (part && db && schema && kind && table)
    return {
      path: paths.object(db, schema, kind, table),
      pick: (data) => byName((data as JsonObject)[part]),
    };
  if (node.type === 'collection') return undefined;
  if (db && schema && kind && name) return { path: paths.object(db, schema, kind, name) };
  if (node.type === 'role' || node.type === 'tablespace')
    return { path: `/api/v1/${node.type}s`, pick: byName };
  if (db && name) {
    const listing = node.id.split('/').slice(-2)[0];
    return { path: paths.databaseListing(db, listing), pick: byName };
  }
  return undefined;
}

/** The Properties tab: everything the catalog says about the node selected in the Object Explorer. */
export function PropertiesPanel({ deployment }: { deployment: Deployment }) {
  const node = useSelectedNode();
  if (!node) return <div className="empty-state">Select an object in the Object Explorer.</div>;
  if (node.type === 'server') {
    return (
      <Properties
        title={node.label}
        subtitle="server"
        data={{
          name: deployment.server.name,
          host: deployment.server.host,
          port: deployment.server.port,
          version: deployment.server.version,
        }}
      />
    );
  }
  const source = propertiesSource(node);
  if (!source) {
    return (
      <div className="empty-state">
        {node.label}: select one of its objects to see its properties.
      </div>
    );
  }
  return <LoadedProperties node={node} path={source.path} pick={source.pick} />;
}

function LoadedProperties({
  node,
  path,
  pick,
}: {
  node: TreeNode;
  path: string;
  pick?: (data: Json) => Json;
}) {
  const query = useQuery(explorerQuery<Json>(path));
  if (query.isPending) return <div className="empty-state">Loading…</div>;
  if (query.isError)
    return (
      <div className="form-error" role="alert">
        {query.error.message}
      </div>
    );
  const data = pick ? pick(query.data) : query.data;
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return <div className="empty-state">{node.label} is no longer there.</div>;
  return <ObjectViews node={node} data={data} />;
}

/** The panel's views, as pgAdmin's: what the catalog says, the SQL, the statistics, the dependencies. */
type View = 'properties' | 'sql' | 'statistics' | 'dependencies';
const VIEW_LABELS: Record<View, string> = {
  properties: 'Properties',
  sql: 'SQL',
  statistics: 'Statistics',
  dependencies: 'Dependencies',
};
/** Fields shown in views of their own rather than among the properties. */
const OWN_VIEWS = new Set(['statistics', 'dependencies', 'dependents']);

/** The view last chosen stays chosen as the selection moves, as in pgAdmin. */
let chosenView: View = 'properties';

function ObjectViews({ node, data }: { node: TreeNode; data: JsonObject }) {
  const [view, setView] = useState<View>(chosenView);
  const views = (Object.keys(VIEW_LABELS) as View[]).filter(
    (v) =>
      v === 'properties' ||
      (v === 'sql' && ddlPathFor(node) !== undefined) ||
      (v === 'statistics' && 'statistics' in data) ||
      (v === 'dependencies' && ('dependencies' in data || 'dependents' in data)),
  );
  const shown = views.includes(view) ? view : 'properties';
  const choose = (next: View) => {
    chosenView = next;
    setView(next);
  };
  const properties = Object.fromEntries(
    Object.entries(data).filter(([key]) => !OWN_VIEWS.has(key)),
  );
  return (
    <div className="object-views">
      <ViewTabs views={views} shown={shown} onChoose={choose} />
      <div className="object-views__body" role="tabpanel" aria-label={VIEW_LABELS[shown]}>
        {shown === 'properties' && (
          <Properties title={node.label} subtitle={node.type} data={properties} />
        )}
        {shown === 'sql' && <NodeSqlPanel node={node} />}
        {shown === 'statistics' && <Statistics data={data.statistics} />}
        {shown === 'dependencies' && <Dependencies data={data} />}
      </div>
    </div>
  );
}

function ViewTabs({
  views,
  shown,
  onChoose,
}: {
  views: View[];
  shown: View;
  onChoose: (view: View) => void;
}) {
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = views[(index + step + views.length) % views.length];
    onChoose(next);
    event.currentTarget.parentElement?.querySelector<HTMLElement>(`[data-view="${next}"]`)?.focus();
  };
  return (
    <div className="object-views__tabs" role="tablist" aria-label="Object views">
      {views.map((v, index) => (
        <button
          key={v}
          type="button"
          role="tab"
          data-view={v}
          data-testid={`object-view-${v}`}
          aria-selected={v === shown}
          tabIndex={v === shown ? 0 : -1}
          className={
            v === shown ? 'object-views__tab object-views__tab--shown' : 'object-views__tab'
          }
          onClick={() => onChoose(v)}
          onKeyDown={(event) => move(event, index)}
        >
          {VIEW_LABELS[v]}
        </button>
      ))}
    </div>
  );
}

function Statistics({ data }: { data: Json | undefined }) {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return <div className="empty-state">The server keeps no statistics for this object.</div>;
  return (
    <div className="properties" data-testid="statistics-panel">
      <KeyValues entries={Object.entries(data)} />
    </div>
  );
}

function Dependencies({ data }: { data: JsonObject }) {
  return (
    <div className="properties" data-testid="dependencies-panel">
      <section aria-label="Depends on">
        <h3>Depends on</h3>
        <JsonTable rows={Array.isArray(data.dependencies) ? data.dependencies : []} />
      </section>
      <section aria-label="Referenced by">
        <h3>Referenced by</h3>
        <JsonTable rows={Array.isArray(data.dependents) ? data.dependents : []} />
      </section>
    </div>
  );
}

const LONG_TEXT = new Set(['definition', 'source']);

function Properties({
  title,
  subtitle,
  data,
}: {
  title: string;
  subtitle: string;
  data: JsonObject;
}) {
  const entries = Object.entries(data);
  const scalars = entries.filter(([key, value]) => !LONG_TEXT.has(key) && !isComposite(value));
  const texts = entries.filter(([key, value]) => LONG_TEXT.has(key) && typeof value === 'string');
  const composites = entries.filter(([, value]) => isComposite(value));
  return (
    <div className="properties" data-testid="properties-panel">
      <h2 className="properties__title">
        {title} <span className="muted small">{subtitle}</span>
      </h2>
      <section aria-label="General">
        <h3>General</h3>
        <KeyValues entries={scalars} />
      </section>
      {texts.map(([key, value]) => (
        <section key={key} aria-label={label(key)}>
          <h3>{label(key)}</h3>
          <pre className="code-block">{value as string}</pre>
        </section>
      ))}
      {composites.map(([key, value]) => (
        <section key={key} aria-label={label(key)}>
          <h3>{label(key)}</h3>
          {Array.isArray(value) ? (
            <JsonTable rows={value} />
          ) : (
            <KeyValues entries={Object.entries(value as JsonObject)} />
          )}
        </section>
      ))}
    </div>
  );
}

function isComposite(value: Json): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => item !== null && typeof item === 'object');
  return true;
}

function KeyValues({ entries }: { entries: [string, Json][] }) {
  return (
    <table className="properties__table">
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{label(key)}</th>
            <td>{show(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function JsonTable({ rows }: { rows: Json[] }) {
  if (rows.length === 0) return <div className="muted small">None</div>;
  const columns = [...new Set(rows.flatMap((row) => Object.keys((row as JsonObject) ?? {})))];
  return (
    <div className="properties__scroll">
      <table className="properties__grid">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {label(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((column) => (
                <td key={column}>{show((row as JsonObject)[column] ?? null)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** camelCase field names as words: rowEstimate → Row estimate. */
function label(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function show(value: Json): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value))
    return value
      .map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item)))
      .join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
