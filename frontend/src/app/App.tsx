import { useEffect, useState } from 'react';
import { LoaderCircle, TriangleAlert } from 'lucide-react';
import { isApiError } from '../api/client';
import { SessionWatch } from '../audit';
import { useDeployment } from '../api/queries';
import { BackupDialogs } from '../backup';
import { JobNotices } from '../jobs/JobNotices';
import { selectJob } from '../jobs/selection';
import { OpenTablePicker } from '../data/OpenTablePicker';
import { setDataTabOpener } from '../data/openDataTab';
import { TopBar } from './TopBar';
import { Workspace } from './Workspace';
import { SINGLETON_TABS, useTabs } from './tabs';
import { LinkNotice } from '../library/LinkNotice';
import { useSavedQueryLink } from '../library/useSavedQueryLink';
import './styles/shell.css';
import './styles/tabs.css';
import './styles/welcome.css';

export function App() {
  const deployment = useDeployment();

  if (deployment.isPending) {
    return (
      <div className="splash" role="status">
        <LoaderCircle size={18} className="spin" aria-hidden="true" />
        Loading pgdeck…
      </div>
    );
  }

  if (deployment.isError) {
    const error = deployment.error;
    if (isApiError(error) && error.status === 401) {
      return (
        <div className="splash" role="status">
          Session expired, going to the sign-in page…
        </div>
      );
    }
    return (
      <div className="splash splash--error" role="alert">
        <TriangleAlert size={18} aria-hidden="true" />
        <div>
          <strong>Could not load the deployment.</strong>
          <div className="muted">{error.message}</div>
        </div>
        <button type="button" className="toolbar-button" onClick={() => deployment.refetch()}>
          Retry
        </button>
      </div>
    );
  }

  return <Shell deployment={deployment.data} />;
}

function Shell({
  deployment,
}: {
  deployment: NonNullable<ReturnType<typeof useDeployment>['data']>;
}) {
  const tabs = useTabs();
  const [picking, setPicking] = useState(false);
  const openTab = tabs.open;
  useEffect(() => setDataTabOpener(openTab), [openTab]);
  const [linkFailure, forgetLinkFailure] = useSavedQueryLink(tabs.openSavedQuery);
  return (
    <div className="app-shell" data-environment={deployment.environment}>
      <TopBar
        deployment={deployment}
        onOpenProcesses={() => tabs.open(SINGLETON_TABS.processes)}
        onOpenStorage={() => tabs.open(SINGLETON_TABS.storage)}
        onOpenLibrary={() => tabs.open(SINGLETON_TABS.library)}
        onOpenQueryTool={tabs.openQueryTool}
        onOpenTable={() => setPicking(true)}
        onOpenAudit={() => tabs.open(SINGLETON_TABS.audit)}
        onOpenDashboard={() => tabs.open(SINGLETON_TABS.dashboard)}
      />
      <SessionWatch />
      <Workspace deployment={deployment} tabs={tabs} />
      <JobNotices
        onOpenJob={(id) => {
          selectJob(id);
          tabs.open(SINGLETON_TABS.processes);
        }}
      />
      {linkFailure && <LinkNotice text={linkFailure} onDismiss={forgetLinkFailure} />}
      <BackupDialogs />
      {picking && <OpenTablePicker onClose={() => setPicking(false)} />}
    </div>
  );
}
