import { lazy, Suspense, type ReactNode } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import type { Deployment } from '../api/types';
import { AuditView } from '../audit';
import { DataTab } from '../data/DataTab';
import { ObjectExplorer } from '../explorer/ObjectExplorer';
import { PropertiesPanel } from '../explorer/PropertiesPanel';
import { ProcessesPanel } from '../jobs/ProcessesPanel';
import { StorageManager } from '../storage/StorageManager';
import { TabStrip, panelDomId, tabDomId } from './TabStrip';
import { WelcomePanel } from './WelcomePanel';
import '../backup/explorerActions';
import '../dashboard/explorerActions';
import '../data/explorerActions';
import '../maintenance/explorerActions';
import '../query/explorerActions';
import '../compare/explorerActions';
import type { Tab, useTabs } from './tabs';
import { rememberedText } from './tabMemory';

// The library (its diff view) loads when it is first opened.
const LibraryPanel = lazy(() =>
  import('../library/LibraryPanel').then((m) => ({ default: m.LibraryPanel })),
);
// The dashboard's charts (uPlot) load when it is first opened.
const DashboardTab = lazy(() =>
  import('../dashboard/DashboardTab').then((m) => ({ default: m.DashboardTab })),
);
/** The Query Tool (CodeMirror, the grid) loads with its first tab, not with the shell. */
const QueryTool = lazy(() => import('../query/QueryTool').then((m) => ({ default: m.QueryTool })));

export interface WorkspaceProps {
  deployment: Deployment;
  tabs: ReturnType<typeof useTabs>;
}

function renderTab(tab: Tab, deployment: Deployment, tabs: WorkspaceProps['tabs']): ReactNode {
  switch (tab.kind) {
    case 'welcome':
      return <WelcomePanel deployment={deployment} />;
    case 'processes':
      return <ProcessesPanel deployment={deployment} />;
    case 'storage':
      return <StorageManager onOpenInQueryTool={tabs.openQueryTool} />;
    case 'properties':
      return <PropertiesPanel deployment={deployment} />;
    case 'query':
      return (
        <Suspense fallback={<div className="empty-state">Loading the Query Tool…</div>}>
          <QueryTool
            tabId={tab.id}
            database={tab.database ?? ''}
            initialSql={rememberedText(tab.id) ?? tab.sql}
            initialFile={tab.file}
            initialSaved={tab.saved}
            title={tab.title}
            onTitle={(title) => tabs.retitle(tab.id, title)}
            onOpenQuery={tabs.openQueryTool}
          />
        </Suspense>
      );
    case 'library':
      return (
        <Suspense fallback={<div className="empty-state">Loading the library…</div>}>
          <LibraryPanel onOpenInQueryTool={tabs.openSavedQuery} defaultDatabase="postgres" />
        </Suspense>
      );
    case 'data':
      return tab.data ? <DataTab target={tab.data} deployment={deployment} /> : null;
    case 'audit':
      return <AuditView onOpenQuery={tabs.openQueryTool} />;
    case 'dashboard':
      return (
        <Suspense fallback={<div className="empty-state">Loading the dashboard…</div>}>
          <DashboardTab deployment={deployment} database={tab.database} />
        </Suspense>
      );
  }
}

/** Object Explorer on the left, tabbed main area on the right, with a draggable divider. */
export function Workspace({ deployment, tabs }: WorkspaceProps) {
  return (
    <Group orientation="horizontal" className="workspace" id="workspace">
      <Panel id="explorer-panel" defaultSize="260px" minSize="160px" maxSize="60%">
        <ObjectExplorer deployment={deployment} openTab={tabs.open} />
      </Panel>
      <Separator className="workspace__divider" />
      <Panel id="main-panel" minSize="30%">
        <main className="main-area">
          <TabStrip
            tabs={tabs.tabs}
            activeId={tabs.activeId}
            onSelect={tabs.select}
            onClose={tabs.close}
          />
          <div className="tab-panels">
            {tabs.tabs.length === 0 && (
              <div className="empty-state">No tabs open. Use Processes or Storage above.</div>
            )}
            {tabs.tabs.map((tab) => (
              <section
                key={tab.id}
                id={panelDomId(tab.id)}
                role="tabpanel"
                aria-labelledby={tabDomId(tab.id)}
                className="tab-panel"
                hidden={tab.id !== tabs.activeId}
                tabIndex={0}
              >
                {renderTab(tab, deployment, tabs)}
              </section>
            ))}
          </div>
        </main>
      </Panel>
    </Group>
  );
}
