import { appUrl } from '../api/base';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError, CSRF_HEADER, apiGet, apiSend, csrfToken } from '../api/client';
import type { ProblemDetail } from '../api/client';

/** Contract of the Storage Manager API (/api/v1/files). */
export interface StorageEntry {
  name: string;
  type: 'file' | 'directory';
  /** Bytes; null for folders. */
  size: number | null;
  modifiedAt: string;
}

export interface Listing {
  path: string;
  entries: StorageEntry[];
}

export interface Usage {
  used: number;
  quota: number;
  maxAge: string;
  maxAgeSeconds: number;
}

const FILES = '/api/v1/files';

const q = (path: string) => encodeURIComponent(path);

export const storageKeys = {
  all: ['storage'] as const,
  listing: (path: string) => ['storage', 'files', path] as const,
  usage: ['storage', 'usage'] as const,
};

export function useListing(path: string) {
  return useQuery({
    queryKey: storageKeys.listing(path),
    queryFn: () => apiGet<Listing>(`${FILES}?path=${q(path)}`),
  });
}

export function useUsage() {
  return useQuery({ queryKey: storageKeys.usage, queryFn: () => apiGet<Usage>(`${FILES}/usage`) });
}

/** Refetches every listing and the usage after something changed. */
export function useStorageRefresh() {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: storageKeys.all }), [client]);
}

/** The download URL: a plain link to it lets the browser stream the file to disk. */
export function contentUrl(path: string): string {
  return `${FILES}/content?path=${q(path)}`;
}

export function createFolder(path: string): Promise<StorageEntry> {
  return apiSend<StorageEntry>('POST', `${FILES}/directories?path=${q(path)}`);
}

export function moveEntry(from: string, to: string): Promise<StorageEntry> {
  return apiSend<StorageEntry>('POST', `${FILES}/move`, { from, to });
}

export function deleteEntry(path: string, recursive: boolean): Promise<void> {
  return apiSend<void>('DELETE', `${FILES}?path=${q(path)}${recursive ? '&recursive=true' : ''}`);
}

export interface UploadHandle {
  /** Settles when the server stored the file (or refused it: an ApiError; cancelled: status 0, title Cancelled). */
  done: Promise<StorageEntry>;
  cancel: () => void;
}

/**
 * Uploads one file as multipart/form-data with XMLHttpRequest, the one browser API that reports
 * upload progress. Cancelling aborts the request; the server then keeps nothing of it.
 */
export function uploadFile(
  folder: string,
  file: File,
  options: { overwrite?: boolean; onProgress?: (sent: number, total: number) => void } = {},
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<StorageEntry>((resolve, reject) => {
    xhr.open(
      'POST',
      appUrl(`${FILES}/upload?path=${q(folder)}${options.overwrite ? '&overwrite=true' : ''}`),
    );
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    const token = csrfToken();
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded, event.total);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status === 201) {
        const stored = (body as Listing | undefined)?.entries?.[0];
        if (stored) resolve(stored);
        else reject(new ApiError(xhr.status, { title: 'Unexpected answer' }));
      } else {
        reject(new ApiError(xhr.status, (body as ProblemDetail | undefined) ?? {}));
      }
    };
    xhr.onerror = () =>
      reject(
        new ApiError(0, { title: 'Network error', detail: 'The upload did not reach pgdeck.' }),
      );
    xhr.onabort = () => reject(new ApiError(0, { title: 'Cancelled' }));
    const form = new FormData();
    form.append('files', file, file.name);
    xhr.send(form);
  });
  return { done, cancel: () => xhr.abort() };
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
