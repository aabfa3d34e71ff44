import type { MouseEvent } from 'react';
import { Download } from 'lucide-react';
import { appUrl } from '../api/base';
import { errorText } from '../ui/errorText';
import { SPREADSHEET_SAFE } from '../ui/exports';
import { queryApi } from './api';

interface ResultExportsProps {
  sessionId: string;
  resultId: string;
  downloadName?: string;
  /** The result is no longer whole, as far as the page knows: nothing is offered then. */
  cut: boolean;
  /** The server says, on a click, that the result is no longer whole: why. */
  onCut: (reason: string) => void;
  /** The check before a download failed (the result is gone, the server unreachable): nothing downloads. */
  onFailure: (text: string) => void;
}

/**
 * The result's downloads. A result left idle may have been cut on the server since the page last read it, so a click
 * asks first: a download that would fail says why here, instead of as a failed file in the browser's downloads.
 */
export function ResultExports({
  sessionId,
  resultId,
  downloadName,
  cut,
  onCut,
  onFailure,
}: ResultExportsProps) {
  if (cut) {
    return (
      <span className="muted" data-testid="export-refused">
        Not exported: only part of this result is kept. Run the query again to export all of it.
      </span>
    );
  }
  const url = (format: 'csv' | 'json') =>
    appUrl(queryApi.exportUrl(sessionId, resultId, format, downloadName));
  const checked = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const href = event.currentTarget.href;
    try {
      const page = await queryApi.rows(sessionId, resultId, 0, 1);
      if (page.lost) onCut(page.lost);
      else startDownload(href);
    } catch (error) {
      onFailure(errorText(error));
    }
  };
  return (
    <>
      <a className="toolbar-button" href={url('csv')} download onClick={checked}>
        <Download size={13} aria-hidden="true" /> CSV
      </a>
      <a
        className="toolbar-button"
        href={`${url('csv')}&neutralizeFormulas=true`}
        download
        title={SPREADSHEET_SAFE}
        onClick={checked}
      >
        <Download size={13} aria-hidden="true" /> CSV for spreadsheets
      </a>
      <a className="toolbar-button" href={url('json')} download onClick={checked}>
        <Download size={13} aria-hidden="true" /> JSON
      </a>
    </>
  );
}

function startDownload(href: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}
