import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ListEnd } from 'lucide-react';
import { queryApi, type CellValue, type Column, type QueryResult } from './api';
import { errorText } from '../ui/errorText';
import { isPreview } from '../ui/longValues';
import { Cell, display } from './ResultCell';
import { ValueViewer } from '../ui/ValueViewer';
import type { CopyFormat } from '../ui/gridCopy';
import { GridMenu, copyToClipboard, menuPointAt, type MenuPoint } from '../ui/GridMenu';
import { useGridSelection } from '../ui/useGridSelection';
import { useRowWindow } from '../ui/useRowWindow';
import { copyText } from './resultCopy';
import { gridKey } from './resultKeys';
import { ResultExports } from './ResultExports';
import './resultGrid.css';

export const PAGE_SIZE = 1000;
const ROW_HEIGHT = 24;
const HEADER_HEIGHT = 26;
const NUMBER_WIDTH = 64;
/** Pages kept in the browser; farther ones are dropped and fetched again when scrolled back to. */
const PAGES_KEPT = 200;
/** An offset past any result: asks the server to read the whole result and say how many rows it has. */
const PAST_THE_END = 2 ** 52;

function columnWidths(columns: Column[], rows: CellValue[][]): number[] {
  return columns.map((column, c) => {
    let longest = column.name.length + column.type.length / 2;
    for (const row of rows.slice(0, 200)) longest = Math.max(longest, display(row[c]).length);
    return Math.round(Math.min(360, Math.max(70, longest * 7.4 + 18)));
  });
}

export interface ResultGridProps {
  sessionId: string;
  result: QueryResult;
  /** What downloads are named after: the tab's title. */
  downloadName?: string;
}

/**
 * A virtualised grid over a server-side result: only the rows on screen exist in the DOM, and pages
 * are fetched from the session's cursor as they scroll into view. Until the end is known the grid
 * offers one page more than it has read, so scrolling on reads on.
 */
export function ResultGrid({ sessionId, result, downloadName }: ResultGridProps) {
  const resultId = result.resultId;
  const scrollRef = useRef<HTMLDivElement>(null);
  const pages = useRef(new Map<number, CellValue[][]>([[0, result.rows]]));
  const loading = useRef(new Set<number>());
  const [known, setKnown] = useState({ count: result.rowCount, complete: !result.truncated });
  const [lost, setLost] = useState<string>();
  // The server gave up the rest of the result (see lost): an export would hold only a part, so it is not offered.
  const [cut, setCut] = useState<string>();
  const [, setLoaded] = useState(0);
  const [viewing, setViewing] = useState<{ row: number; column: number }>();
  const [menu, setMenu] = useState<MenuPoint>();
  const [copied, setCopied] = useState<string>();
  // A row just learnt of (the end, read on Ctrl+End): scrolled to once the grid has grown to hold it.
  const [scrollTarget, setScrollTarget] = useState<number>();
  const widths = useMemo(() => columnWidths(result.columns, result.rows), [result]);
  const totalWidth = NUMBER_WIDTH + widths.reduce((a, b) => a + b, 0);
  const count = known.complete ? known.count : known.count + PAGE_SIZE;

  const rowWindow = useRowWindow(scrollRef, {
    count,
    rowHeight: ROW_HEIGHT,
    headerHeight: HEADER_HEIGHT,
    overscan: 30,
  });
  const items = rowWindow.rows;
  const scrollToRow = rowWindow.scrollToRow;
  const firstPage = items.length ? Math.floor(items[0].index / PAGE_SIZE) : 0;
  const lastPage = items.length ? Math.floor(items[items.length - 1].index / PAGE_SIZE) : 0;

  const fetchPage = useCallback(
    async (page: number) => {
      if (!resultId || pages.current.has(page) || loading.current.has(page)) return;
      loading.current.add(page);
      try {
        const answer = await queryApi.rows(sessionId, resultId, page * PAGE_SIZE, PAGE_SIZE);
        pages.current.set(page, answer.rows);
        forgetFarPages(pages.current, page);
        setKnown({ count: answer.rowCount, complete: answer.complete });
        if (answer.lost) {
          setLost(answer.lost);
          setCut(answer.lost);
        }
      } catch (error) {
        setLost(errorText(error));
      } finally {
        loading.current.delete(page);
        setLoaded((n) => n + 1);
      }
    },
    [sessionId, resultId],
  );

  useEffect(() => {
    for (let page = firstPage; page <= lastPage; page++) {
      const row = page * PAGE_SIZE;
      if (row < count && !(known.complete && row >= known.count)) void fetchPage(page);
    }
  }, [firstPage, lastPage, count, known, fetchPage]);

  /** The value as the page has it, unless the page has only a preview: then it is read whole from the server. */
  const wholeValueAt = (row: number, column: number): Promise<string | null> => {
    const value = pages.current.get(Math.floor(row / PAGE_SIZE))?.[row % PAGE_SIZE]?.[column];
    if (!isPreview(value) && value !== undefined)
      return Promise.resolve(value === null ? null : String(value));
    return queryApi.wholeValue(sessionId, resultId ?? '', row, column);
  };

  const readToEnd = async () => {
    if (!resultId) return known.count;
    const answer = await queryApi.rows(sessionId, resultId, PAST_THE_END, 1);
    setKnown({ count: answer.rowCount, complete: answer.complete });
    return answer.rowCount;
  };

  const selection = useGridSelection(count, result.columns.length);
  useEffect(() => {
    if (scrollTarget === undefined || scrollTarget >= count) return;
    scrollToRow(scrollTarget, 'end');
    setScrollTarget(undefined);
  }, [scrollTarget, count, scrollToRow]);
  const goTo = (row: number, column: number, extend: boolean) => {
    const target = Math.max(0, Math.min(row, count - 1));
    selection.select({ row: target, column }, extend);
    scrollToRow(target);
  };

  /** Rows from the pages the grid holds, fetching those it does not. */
  const rowsFor = async (offset: number, limit: number): Promise<CellValue[][]> => {
    const rows: CellValue[][] = [];
    for (let index = offset; index < offset + limit; index += PAGE_SIZE - (index % PAGE_SIZE)) {
      const page = Math.floor(index / PAGE_SIZE);
      const held =
        pages.current.get(page) ??
        (await queryApi.rows(sessionId, resultId ?? '', page * PAGE_SIZE, PAGE_SIZE)).rows;
      rows.push(...held.slice(index % PAGE_SIZE, (index % PAGE_SIZE) + offset + limit - index));
    }
    return rows;
  };

  const copy = async (format: CopyFormat) => {
    const range = selection.range;
    if (!range) return;
    const source = { columns: result.columns, rows: rowsFor, wholeValue: wholeValueAt };
    const rows = range.bottom - range.top + 1;
    setCopied((await copyToClipboard(() => copyText(source, range, format), rows)).message);
  };

  return (
    <div className="result" data-testid="result">
      <div className="result__bar">
        <span data-testid="row-count">
          {known.count.toLocaleString()} {known.count === 1 ? 'row' : 'rows'}
          {known.complete
            ? cut !== undefined
              ? ' kept, the rest discarded'
              : ''
            : ' read so far, more to come'}
        </span>
        <span className="muted" data-testid="result-timing">
          · {result.durationMs.toLocaleString()} ms
        </span>
        {lost && <span className="result__lost">{lost}</span>}
        {copied && (
          <span className="muted" role="status" data-testid="copy-message">
            {copied}
          </span>
        )}
        <span className="result__spacer" />
        {!known.complete && (
          <button
            type="button"
            className="toolbar-button"
            onClick={readToEnd}
            data-testid="count-all"
          >
            <ListEnd size={13} aria-hidden="true" />
            Count all rows
          </button>
        )}
        {resultId && (
          <ResultExports
            sessionId={sessionId}
            resultId={resultId}
            downloadName={downloadName}
            cut={cut}
            onCut={(reason) => {
              setLost(reason);
              setCut(reason);
            }}
          />
        )}
      </div>
      <div
        className="grid"
        ref={scrollRef}
        role="grid"
        aria-rowcount={known.complete ? known.count : -1}
        aria-multiselectable="true"
        tabIndex={0}
        data-testid="result-grid"
        onKeyDown={(event) =>
          gridKey(event, {
            selection,
            pageRows: Math.max(
              1,
              Math.floor((scrollRef.current?.clientHeight ?? 240) / ROW_HEIGHT) - 1,
            ),
            lastColumn: result.columns.length - 1,
            lastRow: known.complete ? known.count - 1 : undefined,
            readToEnd,
            goTo,
            goToRead: (row, column, extend) => {
              selection.select({ row, column }, extend);
              setScrollTarget(row);
            },
            copy: (format) => void copy(format),
            openMenu: () => setMenu(menuPointAt(scrollRef.current, '.grid__cell--active')),
          })
        }
        onContextMenu={(event) => {
          event.preventDefault();
          setMenu({ x: event.clientX, y: event.clientY });
        }}
      >
        <div
          className="grid__canvas"
          style={{ height: rowWindow.height + HEADER_HEIGHT, width: totalWidth }}
        >
          <div className="grid__header" role="row" style={{ width: totalWidth }}>
            <div className="grid__cell grid__cell--number" style={{ width: NUMBER_WIDTH }} />
            {result.columns.map((column, c) => (
              <div
                key={c}
                className="grid__cell grid__cell--head"
                role="columnheader"
                style={{ width: widths[c] }}
                onMouseDown={(event) => selection.selectColumn(c, event.shiftKey)}
                title={`${column.name} (${column.type})`}
              >
                <span className="grid__name">{column.name}</span>
                <span className="grid__type">{column.type}</span>
              </div>
            ))}
          </div>
          {items.map((item) => {
            const row = pages.current.get(Math.floor(item.index / PAGE_SIZE))?.[
              item.index % PAGE_SIZE
            ];
            return (
              <div
                key={item.index}
                className="grid__row"
                role="row"
                data-row={item.index + 1}
                style={{ top: HEADER_HEIGHT + item.top, width: totalWidth }}
              >
                <div
                  className="grid__cell grid__cell--number"
                  role="rowheader"
                  style={{ width: NUMBER_WIDTH }}
                  onMouseDown={(event) => selection.selectRow(item.index, event.shiftKey)}
                >
                  {item.index + 1}
                </div>
                {result.columns.map((column, c) => (
                  <Cell
                    key={c}
                    value={row ? row[c] : undefined}
                    width={widths[c]}
                    type={column.type}
                    onOpen={() => setViewing({ row: item.index, column: c })}
                    selected={selection.isSelected(item.index, c)}
                    active={selection.focus?.row === item.index && selection.focus.column === c}
                    onSelect={(extend) => selection.select({ row: item.index, column: c }, extend)}
                  />
                ))}
              </div>
            );
          })}
        </div>
      </div>
      {menu && (
        <GridMenu
          at={menu}
          testId="result-menu"
          onClose={() => setMenu(undefined)}
          copy={(format) => void copy(format)}
          viewValue={selection.focus && (() => selection.focus && setViewing(selection.focus))}
        />
      )}
      {viewing && resultId && (
        <ValueViewer
          title={`${result.columns[viewing.column].name}, row ${viewing.row + 1}`}
          type={result.columns[viewing.column].type}
          load={() => wholeValueAt(viewing.row, viewing.column)}
          onClose={() => setViewing(undefined)}
        />
      )}
    </div>
  );
}

function forgetFarPages(pages: Map<number, CellValue[][]>, near: number) {
  if (pages.size <= PAGES_KEPT) return;
  const farthest = [...pages.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near))[0];
  pages.delete(farthest);
}
