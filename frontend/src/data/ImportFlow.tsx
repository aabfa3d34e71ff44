import { useState } from 'react';
import type { Job } from '../jobs/api';
import { selectJob } from '../jobs/selection';
import { useJobEnd } from '../jobs/useJobEnd';
import { importSummary } from './api';
import type { Saved } from './DataStatus';
import { ImportDialog } from './ImportDialog';
import type { DataTarget } from './types';

interface ImportFlowProps {
  target: DataTarget;
  open: boolean;
  onClose: () => void;
  report: (saved: Saved) => void;
  refresh: () => void;
}

/** Import CSV from the data tab: the dialog, then the job followed to its end, and what it did said in the status. */
export function ImportFlow({ target, open, onClose, report, refresh }: ImportFlowProps) {
  const [importing, setImporting] = useState<number>();
  useJobEnd(importing, (job: Job) => {
    setImporting(undefined);
    if (job.status === 'succeeded') {
      refresh();
      void importSummary(job.id).then((message) => report({ message }));
    } else {
      report({
        message: `Import ${job.status}: ${job.note ?? 'see its log in Processes.'}`,
        error: true,
      });
    }
  });
  if (!open) return null;
  return (
    <ImportDialog
      target={target}
      onClose={onClose}
      onStarted={(jobId, file) => {
        onClose();
        setImporting(jobId);
        selectJob(jobId);
        report({ message: `Importing ${file}: job ${jobId} is in Processes…` });
      }}
    />
  );
}
