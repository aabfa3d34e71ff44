/**
 * A value too long for a page travels as its first characters and its length (and, where an edit must prove which
 * value it was based on, its MD5); the whole value is read on demand. See the server's CellPreview.
 */
export interface Preview {
  preview: string;
  length: number;
  md5?: string;
}

export function isPreview(value: unknown): value is Preview {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Preview).preview === 'string' &&
    typeof (value as Preview).length === 'number'
  );
}

/** What a grid cell shows of a preview: its start, marked as cut. */
export function previewText(value: Preview): string {
  return `${value.preview}…`;
}

/** "1,000,000 characters" */
export function lengthText(value: Preview): string {
  return `${value.length.toLocaleString()} characters`;
}
