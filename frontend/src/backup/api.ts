import { apiGet, apiSend } from '../api/client';
import type { Job } from '../jobs/api';
import { segment } from '../ui/paths';

/** Contract of the Backup and Restore API (/api/v1/databases/{db}/backups, /restores). */
export type BackupScope = 'database' | 'schema' | 'table';
export type DumpFormat = 'custom' | 'tar' | 'plain' | 'directory';

export interface BackupOptions {
  compression: number | null;
  encoding: string | null;
  jobs: number | null;
  role: string | null;
  sections: { preData: boolean; data: boolean; postData: boolean };
  typeOfObjects: { onlyData: boolean; onlySchema: boolean; blobs: boolean };
  doNotSave: {
    owner: boolean;
    privileges: boolean;
    tablespaces: boolean;
    unloggedTableData: boolean;
    comments: boolean;
    publications: boolean;
    subscriptions: boolean;
    securityLabels: boolean;
    toastCompression: boolean;
    tableAccessMethod: boolean;
  };
  queries: {
    inserts: boolean;
    columnInserts: boolean;
    rowsPerInsert: number | null;
    onConflictDoNothing: boolean;
    createDatabase: boolean;
    clean: boolean;
    ifExists: boolean;
  };
  disable: { triggers: boolean; dollarQuoting: boolean };
  miscellaneous: {
    verbose: boolean;
    quoteAllIdentifiers: boolean;
    setSessionAuthorization: boolean;
    loadViaPartitionRoot: boolean;
    serializableDeferrable: boolean;
    excludeTables: string[];
    excludeTableData: string[];
    excludeSchemas: string[];
    extraFloatDigits: number | null;
    lockWaitTimeout: number | null;
  };
}

export interface BackupDefaults {
  scope: BackupScope;
  format: DumpFormat;
  options: BackupOptions;
}

export interface BackupRequest {
  scope: BackupScope;
  schema?: string;
  table?: string;
  file: string;
  format: DumpFormat;
  overwrite?: boolean;
  options: BackupOptions;
}

export interface BackupPreview {
  object: string;
  command: string;
  warnings: string[];
}

export interface Started {
  jobId: number;
  job: Job;
  command: string;
}

export interface RestoreOptions {
  jobs: number | null;
  typeOfObjects: { onlyData: boolean; onlySchema: boolean };
  doNotSave: { owner: boolean; privileges: boolean; tablespaces: boolean; comments: boolean };
  queries: { clean: boolean; ifExists: boolean; singleTransaction: boolean };
  disable: { triggers: boolean };
  miscellaneous: { exitOnError: boolean; verbose: boolean };
  /** For a schema that exists: replace it (the default, null) or merge into it. */
  mode?: 'replace' | 'merge' | null;
}

export interface DumpEntry {
  id: number;
  type: string;
  schema: string | null;
  name: string;
  owner: string | null;
  restore: boolean;
  reason: string | null;
}

export interface RestoreAnalysis {
  file: string;
  format: DumpFormat;
  compressed: boolean;
  size: number;
  origin: { database: string; dumpedFrom: string; dumpedBy: string; createdAt: string } | null;
  schema: string | null;
  entryCount: number;
  leftOutCount: number;
  entries: DumpEntry[];
  leftOut: DumpEntry[];
  notes: string[];
  options: RestoreOptions;
}

export interface RestoreRequest {
  file: string;
  schema?: string;
  options: RestoreOptions;
}

const base = (database: string) => `/api/v1/databases/${segment(database)}`;

export function backupDefaults(database: string, scope: BackupScope): Promise<BackupDefaults> {
  return apiGet<BackupDefaults>(`${base(database)}/backups/defaults?scope=${scope}`);
}

export function previewBackup(database: string, request: BackupRequest): Promise<BackupPreview> {
  return apiSend<BackupPreview>('POST', `${base(database)}/backups?preview=true`, request);
}

export function startBackup(database: string, request: BackupRequest): Promise<Started> {
  return apiSend<Started>('POST', `${base(database)}/backups`, request);
}

export function restoreDefaults(database: string): Promise<RestoreOptions> {
  return apiGet<RestoreOptions>(`${base(database)}/restores/defaults`);
}

export function analyseRestore(
  database: string,
  request: RestoreRequest,
): Promise<RestoreAnalysis> {
  return apiSend<RestoreAnalysis>('POST', `${base(database)}/restores/analysis`, request);
}

export function startRestore(database: string, request: RestoreRequest): Promise<Started> {
  return apiSend<Started>('POST', `${base(database)}/restores`, request);
}

/** The list of schemas for the prompt; empty while the Object Explorer API is not there (404). */
export const EXTENSIONS: Record<DumpFormat, string> = {
  custom: '.dump',
  tar: '.tar',
  plain: '.sql',
  directory: '',
};

/** {@code file} as the backup writes it: a name typed without an extension gets its format's. */
export function withExtension(file: string, format: DumpFormat): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name === '' || name.includes('.') ? file : file + EXTENSIONS[format];
}

/** A file name for a new backup: what it covers and when, e.g. "app-2026-11-25-0930.dump". */
export function suggestedName(
  target: { database: string; schema?: string; table?: string },
  format: DumpFormat,
  now = new Date(),
): string {
  const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  const what = [target.schema, target.table].filter(Boolean).join('.') || target.database;
  return `${what}-${stamp}${EXTENSIONS[format]}`;
}
