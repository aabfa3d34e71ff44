import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { apiGet } from '../api/client';
import { isFinal, jobKeys, type Job } from './api';

/** How often a job is asked after when the live events are not arriving (a proxy that buffers them). */
const POLL_MS = 2000;

/**
 * Calls {@code onEnd} once when the job {@code id} ends. The live events keep the job's query current; asking now and
 * then as well means a dropped event stream cannot leave the caller waiting forever.
 */
export function useJobEnd(id: number | undefined, onEnd: (job: Job) => void): void {
  const ended = useRef(onEnd);
  ended.current = onEnd;
  const told = useRef<number | undefined>(undefined);
  const job = useQuery({
    queryKey: jobKeys.one(id ?? -1),
    queryFn: () => apiGet<Job>(`/api/v1/jobs/${id}`),
    enabled: id !== undefined,
    refetchInterval: (query) =>
      query.state.data && isFinal(query.state.data.status) ? false : POLL_MS,
  });
  const current = job.data;
  useEffect(() => {
    if (current && current.id === id && isFinal(current.status) && told.current !== id) {
      told.current = id;
      ended.current(current);
    }
  }, [current, id]);
}
