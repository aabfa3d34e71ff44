export { StorageManager } from './StorageManager';
export { FilePicker, FilePickerDialog } from './FilePicker';
export { StorageFileField } from './StorageFileField';
export type { StorageFileFieldProps } from './StorageFileField';
export type {
  FilePickerChoice,
  FilePickerMode,
  FilePickerProps,
  FilePickerDialogProps,
} from './FilePicker';
export { contentUrl, uploadFile, useListing, useStorageRefresh, useUsage } from './api';
export { ConfirmDialog, errorText } from './Dialog';
export {
  MAX_EDITABLE_BYTES,
  TextFileRefusal,
  fileFailure,
  isScriptEntry,
  readTextFile,
  writeTextFile,
  lineEnding,
  withLineEnding,
} from './textFiles';
export type { Listing, StorageEntry, Usage } from './api';
