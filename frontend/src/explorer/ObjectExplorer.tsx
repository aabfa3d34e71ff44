import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ChevronDown, ChevronRight, Cylinder, Database, RefreshCw } from 'lucide-react';
import { queryKeys, useDatabases } from '../api/queries';
import type { Deployment } from '../api/types';
import './explorer.css';

/** Tree of the server's objects. For now: the server node and its databases. */
export function ObjectExplorer({ deployment }: { deployment: Deployment }) {
  const { server } = deployment;
  const [expanded, setExpanded] = useState(true);
  const databases = useDatabases();
  const queryClient = useQueryClient();

  return (
    <aside className="explorer" data-testid="explorer" aria-labelledby="explorer-title">
      <div className="panel-toolbar">
        <h2 id="explorer-title" className="panel-toolbar__title">
          Object Explorer
        </h2>
        <button
          type="button"
          className="icon-button"
          title="Refresh"
          aria-label="Refresh Object Explorer"
          onClick={() => queryClient.invalidateQueries({ queryKey: queryKeys.databases })}
        >
          <RefreshCw size={13} aria-hidden="true" className={databases.isFetching ? 'spin' : ''} />
        </button>
      </div>
      <ul className="tree" role="tree" aria-label="Server objects">
        <li role="treeitem" aria-expanded={expanded} aria-selected={false} className="tree__item">
          <button
            type="button"
            className="tree__row"
            data-testid="explorer-server"
            onClick={() => setExpanded((e) => !e)}
            title={`${server.host}:${server.port}`}
          >
            {expanded ? (
              <ChevronDown size={13} aria-hidden="true" className="tree__twisty" />
            ) : (
              <ChevronRight size={13} aria-hidden="true" className="tree__twisty" />
            )}
            <Database size={14} aria-hidden="true" className="tree__icon tree__icon--server" />
            <span className="tree__label">{server.name}</span>
            <span className="tree__meta">{server.version}</span>
          </button>
          {expanded && (
            <ul role="group" className="tree__children">
              {databases.isError && (
                <li role="none" className="tree__message">
                  Could not load databases.
                </li>
              )}
              {databases.data?.map((db) => (
                <li key={db.name} role="treeitem" aria-selected={false} className="tree__item">
                  <span className="tree__row tree__row--leaf" data-testid="explorer-database">
                    <Cylinder size={13} aria-hidden="true" className="tree__icon" />
                    <span className="tree__label">{db.name}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
      </ul>
    </aside>
  );
}
