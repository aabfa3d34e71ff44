import { appUrl } from '../api/base';
import { useQuery } from '@tanstack/react-query';
import { apiGet, apiSend, isApiError } from '../api/client';

/** Contract of GET /api/v1/jobs/{id}. */
export type JobType = 'backup' | 'restore' | 'maintenance' | 'import' | 'export';
export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface Job {
  id: number;
  type: JobType;
  object: string;
  database: string | null;
  file: string | null;
  status: JobStatus;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  exitCode: number | null;
  command: string;
  note: string | null;
}

/** How Processes names each type, as pgAdmin does. */
export const JOB_TYPE_LABELS: Record<JobType, string> = {
  backup: 'Backup Object',
  restore: 'Restore Object',
  maintenance: 'Maintenance',
  import: 'Import',
  export: 'Export',
};

export const jobKeys = {
  all: ['jobs'] as const,
  one: (id: number) => ['jobs', id] as const,
};

export function isFinal(status: JobStatus): boolean {
  return status !== 'queued' && status !== 'running';
}

/** How often the list is read again while a job is queued or running, should a live event be missed. */
const ACTIVE_POLL_MS = 2000;

/**
 * The latest jobs, newest first; a back end without jobs (404) reads as none. The live events keep the list current;
 * while a job is still active it is also read now and then, so a lost event (a proxy that buffers the stream, a
 * reconnection) cannot leave a job shown as running after it ended.
 */
export function useJobs() {
  return useQuery({
    queryKey: jobKeys.all,
    refetchInterval: (query) =>
      query.state.data?.some((job) => !isFinal(job.status)) ? ACTIVE_POLL_MS : false,
    queryFn: async () => {
      try {
        return await apiGet<Job[]>('/api/v1/jobs');
      } catch (error) {
        if (isApiError(error) && error.status === 404) return [];
        throw error;
      }
    },
  });
}

export function cancelJob(id: number): Promise<Job> {
  return apiSend<Job>('POST', `/api/v1/jobs/${id}/cancel`);
}

export function logUrl(id: number): string {
  return `/api/v1/jobs/${id}/log`;
}

/**
 * Follows a job's log as the server streams it: {@code onText} gets each piece as it arrives; the promise ends when
 * the log does (the job ended) or {@code signal} aborts.
 */
export async function followLog(
  id: number,
  onText: (text: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const response = await fetch(appUrl(logUrl(id)), { credentials: 'same-origin', signal });
  if (!response.ok || !response.body)
    throw new Error(`The log could not be read (${response.status}).`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onText(decoder.decode(value, { stream: true }));
  }
  onText(decoder.decode());
}

/** "1.2 s", "3 min 4 s": how long a job ran. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '';
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 100) / 10;
  if (seconds < 60) return `${seconds} s`;
  const whole = Math.round(ms / 1000);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  return hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min ${rest} s`;
}

export function formatTime(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
