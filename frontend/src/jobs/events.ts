import { appUrl } from '../api/base';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { isFinal, jobKeys, type Job } from './api';

/**
 * Listens to the server's events (Server-Sent Events on /api/v1/events): every job change updates the job lists, and
 * {@code onEnded} hears of each job that ends while the page is open. The browser reconnects by itself.
 */
export function useJobEvents(onEnded: (job: Job) => void): void {
  const client = useQueryClient();
  const ended = useRef(onEnded);
  ended.current = onEnded;

  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(appUrl('/api/v1/events'));
    const seen = new Map<number, Job['status']>();
    // Events sent while the stream was down are not replayed: after each (re)connection, read the list again.
    source.addEventListener('open', () => client.invalidateQueries({ queryKey: jobKeys.all }));
    source.addEventListener('job', (event) => {
      const job = JSON.parse((event as MessageEvent<string>).data) as Job;
      client.setQueryData<Job[]>(jobKeys.all, (jobs) => merge(jobs, job));
      client.setQueryData(jobKeys.one(job.id), job);
      // A list still loading would land older than this event: read it again once the event is in.
      if (client.isFetching({ queryKey: jobKeys.all }) > 0) {
        client.invalidateQueries({ queryKey: jobKeys.all });
      }
      const before = seen.get(job.id);
      seen.set(job.id, job.status);
      if (isFinal(job.status) && before !== job.status) ended.current(job);
    });
    return () => source.close();
  }, [client]);
}

/** The list with {@code job} replacing its older version, or added at the top when it is new. */
export function merge(jobs: Job[] | undefined, job: Job): Job[] | undefined {
  if (!jobs) return jobs;
  const index = jobs.findIndex((j) => j.id === job.id);
  if (index < 0) return [job, ...jobs];
  const copy = jobs.slice();
  copy[index] = job;
  return copy;
}
