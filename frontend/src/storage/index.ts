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
export { contentUrl, uploadFile, useListing, useUsage } from './api';
export type { Listing, StorageEntry, Usage } from './api';
