import { useCallback, useMemo, useRef, useState } from 'react';
import { queryApi, type CellValue, type Column, type QueryResult } from './api';
import { errorText } from '../ui/errorText';
import { isPreview } from '../ui/longValues';
import { CellContent, cellClasses, display } from './ResultCell';
import { ValueViewer } from '../ui/ValueViewer';
import type { CopyFormat } from '../ui/gridCopy';
import { GridMenu, copyToClipboard, menuPointAt, type MenuPoint } from '../ui/GridMenu';
import { useGridSelection } from '../ui/useGridSelection';
import { PagedGrid, type PagedColumn, type PagedGridHandle } from '../ui/PagedGrid';
import { copyText } from './resultCopy';
import { gridKey } from './resultKeys';
import { ResultBar } from './ResultBar';
import './resultGrid.css';

export const PAGE_SIZE = 1000;
const ROW_HEIGHT = 24;
const HEADER_HEIGHT = 26;
const NUMBER_WIDTH = 64;
/** Pages kept in the browser; farther ones are dropped and read again when scrolled back to. */
const PAGES_KEPT = 200;
/** An offset past any result: asks the server to read the whole result and say how many rows it has. */
const PAST_THE_END = 2 ** 52;

type Row = CellValue[];

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
 * A server-side result in the one grid: pages are read from the session's cursor as they scroll into view. Until the
 * end is known the grid offers one page more than it has read, so scrolling on reads on.
 */
export function ResultGrid({ sessionId, result, downloadName }: ResultGridProps) {
  const resultId = result.resultId;
  const grid = useRef<PagedGridHandle<Row>>(null);
  const [known, setKnown] = useState({ count: result.rowCount, complete: !result.truncated });
  const [lost, setLost] = useState<string>();
  // The server gave up the rest of the result (see lost): an export would hold only a part, so it is not offered.
  const [cut, setCut] = useState(false);
  const cutBy = (reason: string) => {
    setLost(reason);
    setCut(true);
  };
  const [viewing, setViewing] = useState<{ row: number; column: number }>();
  const [menu, setMenu] = useState<MenuPoint>();
  const [copied, setCopied] = useState<string>();
  const count = known.complete ? known.count : known.count + PAGE_SIZE;

  const read = useCallback(
    async (offset: number, limit: number) => {
      if (offset === 0 && (!resultId || result.rows.length >= limit))
        return {
          rows: result.rows.slice(0, limit),
          end: result.truncated ? undefined : result.rowCount,
        };
      try {
        const answer = await queryApi.rows(sessionId, resultId ?? '', offset, limit);
        setKnown({ count: answer.rowCount, complete: answer.complete });
        if (answer.lost) {
          cutBy(answer.lost);
        }
        return { rows: answer.rows, end: answer.complete ? answer.rowCount : undefined };
      } catch (error) {
        setLost(errorText(error));
        throw error;
      }
    },
    [sessionId, resultId, result],
  );

  /** The value as the cache has it, unless it has only a preview: then it is read whole from the server. */
  const wholeValueAt = (row: number, column: number): Promise<string | null> => {
    const value = grid.current?.rowAt(row)?.[column];
    if (!isPreview(value) && value !== undefined)
      return Promise.resolve(value === null ? null : String(value));
    return queryApi.wholeValue(sessionId, resultId ?? '', row, column);
  };

  const readToEnd = async () => {
    if (!resultId) return known.count;
    const answer = await queryApi.rows(sessionId, resultId, PAST_THE_END, 1);
    setKnown({ count: answer.rowCount, complete: answer.complete });
    grid.current?.setRowCount(answer.rowCount, answer.complete);
    return answer.rowCount;
  };

  const selection = useGridSelection(count, result.columns.length);
  // The headers are made once a result: their clicks act on the selection as it is then.
  const latest = useRef(selection);
  latest.current = selection;
  const goTo = (row: number, column: number, extend: boolean) => {
    const target = Math.max(0, Math.min(row, count - 1));
    selection.select({ row: target, column }, extend);
    grid.current?.scrollToRow(target);
  };

  /** Rows from the pages the grid holds, reading those it does not. */
  const rowsFor = async (offset: number, limit: number): Promise<CellValue[][]> => {
    const held = grid.current?.cachedRows() ?? new Map<number, Row>();
    const rows: CellValue[][] = [];
    for (let index = offset; index < offset + limit; index++) {
      const row = held.get(index);
      if (row) {
        rows.push(row);
        continue;
      }
      const end = Math.min(offset + limit, index + PAGE_SIZE);
      rows.push(...(await queryApi.rows(sessionId, resultId ?? '', index, end - index)).rows);
      index = end - 1;
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

  const columns = useMemo<PagedColumn[]>(() => {
    const widths = columnWidths(result.columns, result.rows);
    return result.columns.map((column, c) => ({
      id: `${c}`,
      width: widths[c],
      header: (
        <div
          className="grid__head"
          title={`${column.name} (${column.type})`}
          onMouseDown={(event) => latest.current.selectColumn(c, event.shiftKey)}
        >
          <span className="grid__name">{column.name}</span>
          <span className="grid__type">{column.type}</span>
        </div>
      ),
    }));
  }, [result]);

  const focus = selection.focus;
  return (
    <div className="result" data-testid="result">
      <ResultBar
        sessionId={sessionId}
        resultId={resultId}
        known={known}
        durationMs={result.durationMs}
        lost={lost}
        cut={cut}
        onCut={cutBy}
        onFailure={setLost}
        copied={copied}
        downloadName={downloadName}
        onCountAll={() => void readToEnd()}
      />
      <PagedGrid<Row>
        handle={grid}
        testId="result-grid"
        label="Result rows"
        className="grid"
        columns={columns}
        rowHeight={ROW_HEIGHT}
        headerHeight={HEADER_HEIGHT}
        gutterWidth={NUMBER_WIDTH}
        blockSize={PAGE_SIZE}
        blocksKept={PAGES_KEPT}
        read={read}
        sourceKey={resultId ?? ''}
        initialRowCount={count}
        cellsVersion={[
          selection.range?.top,
          selection.range?.bottom,
          selection.range?.left,
          selection.range?.right,
          focus?.row,
          focus?.column,
        ]}
        renderCell={(row, at) => (
          <CellContent value={row?.[at.column]} onOpen={() => setViewing(at)} />
        )}
        renderRowHeader={(_, index) => index + 1}
        cellClass={(row, at) =>
          cellClasses(
            row?.[at.column],
            result.columns[at.column]?.type ?? '',
            selection.isSelected(at.row, at.column),
            focus?.row === at.row && focus.column === at.column,
          )
        }
        onCellMouseDown={(at, event) => {
          if (at.column < 0) selection.selectRow(at.row, event.shiftKey);
          else if (event.button === 0) selection.select(at, event.shiftKey);
        }}
        onCellDoubleClick={(at) => at.column >= 0 && setViewing(at)}
        onCellContextMenu={(_, event) => setMenu({ x: event.clientX, y: event.clientY })}
        onKeyDown={(event) =>
          gridKey(event, {
            selection,
            pageRows: grid.current?.pageRows() ?? 10,
            lastColumn: result.columns.length - 1,
            lastRow: known.complete ? known.count - 1 : undefined,
            readToEnd,
            goTo,
            goToRead: (row, column, extend) => {
              selection.select({ row, column }, extend);
              grid.current?.scrollToRow(row, 'end');
            },
            copy: (format) => void copy(format),
            openMenu: () =>
              setMenu(menuPointAt(grid.current?.element() ?? null, '.grid__cell--active')),
          })
        }
      />
      {menu && (
        <GridMenu
          at={menu}
          testId="result-menu"
          onClose={() => setMenu(undefined)}
          copy={(format) => void copy(format)}
          viewValue={focus && (() => setViewing(focus))}
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
