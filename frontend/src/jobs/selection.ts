import { useSyncExternalStore } from 'react';

/** Which job Processes shows in detail; a notice's link sets it from anywhere. */
let selected: number | undefined;
const listeners = new Set<() => void>();

export function selectJob(id: number | undefined): void {
  selected = id;
  listeners.forEach((listener) => listener());
}

export function useSelectedJob(): number | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => selected,
  );
}
