import { useSyncExternalStore } from 'react';

/** A job a dialog has just started, shown at once as "… started" so the user knows it runs before it ends. */
export interface StartedJob {
  id: number;
  title: string;
  object: string;
}

let started: StartedJob[] = [];
const listeners = new Set<() => void>();

function publish(next: StartedJob[]): void {
  started = next;
  listeners.forEach((listener) => listener());
}

export function announceStarted(job: StartedJob): void {
  publish([...started.filter((s) => s.id !== job.id), job]);
}

export function dismissStarted(id: number): void {
  if (started.some((s) => s.id === id)) publish(started.filter((s) => s.id !== id));
}

export function useStartedJobs(): StartedJob[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => started,
  );
}
