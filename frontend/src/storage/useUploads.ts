import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/client';
import { uploadFile, type UploadHandle } from './api';
import { errorText } from './Dialog';
import { formatBytes } from './format';

export type UploadStatus = 'uploading' | 'done' | 'exists' | 'failed' | 'cancelled';

export interface UploadItem {
  id: number;
  folder: string;
  name: string;
  size: number;
  sent: number;
  status: UploadStatus;
  error?: string;
}

interface Running {
  file: File;
  handle?: UploadHandle;
}

let nextId = 1;

/**
 * The uploads of the Storage Manager: one request per file, so each has its own progress and can
 * be cancelled alone. A name that is taken waits for the person to say "Replace" (409 otherwise).
 */
export function useUploads(options: { free?: number; onStored: () => void }) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const running = useRef(new Map<number, Running>());
  const { free, onStored } = options;

  const update = useCallback((id: number, change: Partial<UploadItem>) => {
    setItems((all) => all.map((item) => (item.id === id ? { ...item, ...change } : item)));
  }, []);

  const send = useCallback(
    (id: number, folder: string, overwrite: boolean) => {
      const entry = running.current.get(id);
      if (!entry) return;
      const handle = uploadFile(folder, entry.file, {
        overwrite,
        onProgress: (sent) => update(id, { sent }),
      });
      entry.handle = handle;
      update(id, { status: 'uploading', sent: 0, error: undefined });
      handle.done.then(
        () => {
          running.current.delete(id);
          update(id, { status: 'done', sent: entry.file.size });
          onStored();
        },
        (error: unknown) => {
          const status = isApiError(error) ? error.status : -1;
          if (status === 409) {
            update(id, {
              status: 'exists',
              error: `${entry.file.name} is already here: replace it?`,
            });
          } else if (isApiError(error) && error.title === 'Cancelled') {
            running.current.delete(id);
            update(id, { status: 'cancelled', error: undefined });
          } else {
            running.current.delete(id);
            update(id, { status: 'failed', error: errorText(error) });
          }
        },
      );
    },
    [onStored, update],
  );

  const start = useCallback(
    (folder: string, files: readonly File[]) => {
      let room = free ?? Number.POSITIVE_INFINITY;
      for (const file of files) {
        const id = nextId++;
        const item: UploadItem = {
          id,
          folder,
          name: file.name,
          size: file.size,
          sent: 0,
          status: 'uploading',
        };
        if (file.size > room) {
          // Known not to fit: say so at once instead of sending it to be refused.
          item.status = 'failed';
          item.error = `Does not fit in storage: ${formatBytes(Math.max(room, 0))} free.`;
          setItems((all) => [...all, item]);
          continue;
        }
        room -= file.size;
        running.current.set(id, { file });
        setItems((all) => [...all, item]);
        send(id, folder, false);
      }
    },
    [free, send],
  );

  const cancel = useCallback((id: number) => running.current.get(id)?.handle?.cancel(), []);

  const replace = useCallback((item: UploadItem) => send(item.id, item.folder, true), [send]);

  const dismiss = useCallback((id: number) => {
    running.current.delete(id);
    setItems((all) => all.filter((item) => item.id !== id));
  }, []);

  const clearFinished = useCallback(
    () => setItems((all) => all.filter((item) => item.status === 'uploading')),
    [],
  );

  // Leaving the Storage Manager cancels what is still on its way.
  useEffect(() => {
    const map = running.current;
    return () => map.forEach((entry) => entry.handle?.cancel());
  }, []);

  return { items, start, cancel, replace, dismiss, clearFinished };
}
