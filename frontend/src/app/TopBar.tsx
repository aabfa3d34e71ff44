import {
  Activity,
  BookOpen,
  CircleUser,
  Database,
  FolderOpen,
  Lock,
  ScrollText,
  Table,
  Gauge,
} from 'lucide-react';
import type { Deployment } from '../api/types';
import { PersonName } from '../audit';
import { ToolbarButton } from '../ui/ToolbarButton';
import { NewQueryButton } from '../query/NewQueryButton';
import { DeploymentStrip } from './DeploymentStrip';
import { LogoutButton } from './LogoutButton';
import { environmentLabel } from './environment';

export interface TopBarProps {
  deployment: Deployment;
  onOpenProcesses: () => void;
  onOpenStorage: () => void;
  onOpenLibrary?: () => void;
  onOpenQueryTool?: (database: string) => void;
  onOpenTable?: () => void;
  onOpenAudit?: () => void;
  onOpenDashboard?: () => void;
}

export function TopBar({
  deployment,
  onOpenProcesses,
  onOpenStorage,
  onOpenLibrary,
  onOpenQueryTool,
  onOpenTable,
  onOpenAudit,
  onOpenDashboard,
}: TopBarProps) {
  const { server, environment, impactLevel, capabilities, user } = deployment;
  return (
    <header className="top-area">
      <DeploymentStrip deployment={deployment} />
      <div className="top-bar">
        <div className="top-bar__left">
          <span className="app-name">
            <Database size={16} aria-hidden="true" className="app-name__icon" />
            pgdeck
          </span>
          <span className="top-bar__divider" aria-hidden="true" />
          <span
            className="server-name"
            data-testid="server-name"
            title={`${server.host}:${server.port}`}
          >
            {server.name}
          </span>
          <span
            className="pill pill--impact"
            data-testid="impact-level-badge"
            title={`Impact level ${impactLevel.replace(/^IL/, '')}`}
          >
            {impactLevel}
          </span>
          <span
            className={`pill pill--env pill--${environment}`}
            data-testid="environment-badge"
            data-environment={environment}
          >
            {environmentLabel(environment)}
          </span>
          {!capabilities.write && (
            <span
              className="pill pill--readonly"
              data-testid="readonly-badge"
              title="This deployment does not allow changes"
            >
              <Lock size={11} aria-hidden="true" />
              READ-ONLY
            </span>
          )}
        </div>
        <nav className="top-bar__right" aria-label="Application">
          {onOpenQueryTool && <NewQueryButton onOpen={onOpenQueryTool} />}
          {onOpenTable && (
            <ToolbarButton
              icon={Table}
              iconSize={14}
              label="Open table"
              testId="open-table"
              onClick={onOpenTable}
            />
          )}
          <ToolbarButton
            icon={Activity}
            iconSize={14}
            label="Processes"
            testId="open-processes"
            onClick={onOpenProcesses}
          />
          <ToolbarButton
            icon={FolderOpen}
            iconSize={14}
            label="Storage"
            testId="open-storage"
            onClick={onOpenStorage}
          />
          {onOpenDashboard && (
            <ToolbarButton
              icon={Gauge}
              iconSize={14}
              label="Dashboard"
              testId="open-dashboard"
              onClick={onOpenDashboard}
            />
          )}
          {onOpenAudit && (
            <ToolbarButton
              icon={ScrollText}
              iconSize={14}
              label="Audit"
              testId="open-audit"
              onClick={onOpenAudit}
            />
          )}
          {onOpenLibrary && (
            <ToolbarButton
              icon={BookOpen}
              iconSize={14}
              label="Library"
              testId="open-library"
              onClick={onOpenLibrary}
            />
          )}
          <span className="top-bar__divider" aria-hidden="true" />
          <span className="user-name" data-testid="user-name">
            <CircleUser size={15} aria-hidden="true" />
            {user.name}
          </span>
          <PersonName />
          <LogoutButton />
        </nav>
      </div>
    </header>
  );
}
