import { apiGetWith, apiSend, isApiError } from '../api/client';
import { uploadFile } from '../storage';

/** Where "Save snapshot" puts snapshots in storage, and where the compare dialog looks first. */
export const SNAPSHOT_FOLDER = 'snapshots';

export interface CompareOptions {
  ignoreOwner: boolean;
  ignorePrivileges: boolean;
  ignoreWhitespace: boolean;
  ignoreTablespace: boolean;
}

export type DifferenceStatus = 'onlyLive' | 'onlySnapshot' | 'different';

export interface Difference {
  kind: string;
  name: string;
  status: DifferenceStatus;
  liveDdl: string | null;
  snapshotDdl: string | null;
}

export interface CompareResult {
  differences: Difference[];
  /** What the script leaves different (a table's column order), one sentence each; absent from older servers. */
  notes?: string[];
  script: string;
}

function schemaPath(database: string, schema: string): string {
  return `/api/v1/databases/${encodeURIComponent(database)}/schemas/${encodeURIComponent(schema)}`;
}

export function compareSchema(
  database: string,
  schema: string,
  snapshot: string,
  options: CompareOptions,
  target: 'live' | 'snapshot' = 'live',
): Promise<CompareResult> {
  return apiSend<CompareResult>('POST', `${schemaPath(database, schema)}/compare`, {
    snapshot,
    options,
    target,
  });
}

/** The file name the server gives the download (schema and day), from Content-Disposition. */
function downloadName(response: Response, schema: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="([^"]+)"/i.exec(header);
  return plain ? plain[1] : `${schema}.snapshot.json`;
}

/** Takes the schema's snapshot and stores it in storage's snapshots folder, where Compare finds it; its path. */
export async function saveSnapshot(database: string, schema: string): Promise<string> {
  const file = await apiGetWith<File>(
    `${schemaPath(database, schema)}/snapshot`,
    async (response) =>
      new File([await response.blob()], downloadName(response, schema), {
        type: 'application/json',
      }),
  );
  await ensureFolder(SNAPSHOT_FOLDER);
  const saved = await uploadFile(SNAPSHOT_FOLDER, file, { overwrite: true }).done;
  return `${SNAPSHOT_FOLDER}/${saved.name}`;
}

async function ensureFolder(folder: string): Promise<void> {
  try {
    await apiSend('POST', `/api/v1/files/directories?path=${encodeURIComponent(folder)}`);
  } catch (error) {
    // Already there: the first save made it.
    if (!(isApiError(error) && error.status === 409)) throw error;
  }
}

export const STATUS_LABELS: Record<DifferenceStatus, string> = {
  onlyLive: 'Only live',
  onlySnapshot: 'Only in snapshot',
  different: 'Different',
};
