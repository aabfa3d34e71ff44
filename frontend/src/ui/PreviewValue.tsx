import type { MouseEvent } from 'react';
import { lengthText, previewText, type Preview } from './longValues';

/** A value cut to its start by the server, and the button that opens the whole of it (both grids show them so). */
export function PreviewValue({
  value,
  className,
  buttonClassName,
  title = lengthText(value),
  onOpen,
}: {
  value: Preview;
  className: string;
  buttonClassName: string;
  title?: string;
  onOpen: () => void;
}) {
  return (
    <>
      <span className={className} title={title}>
        {previewText(value)}
      </span>
      <button
        type="button"
        className={`icon-button ${buttonClassName}`}
        aria-label={`Show the whole value (${lengthText(value)})`}
        onClick={(event: MouseEvent) => {
          event.stopPropagation();
          onOpen();
        }}
      >
        ⋯
      </button>
    </>
  );
}
