/**
 * Finds statement boundaries in SQL text the way the server-side splitter does for the cases an editor
 * meets: semicolons outside quotes ('' E'' "" $tag$), comments (-- and nested /* *\/) and parentheses.
 * Used to pick the statement under the cursor; the server still splits what it runs.
 */
export interface Range {
  from: number;
  to: number;
}

export function statementRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '-' && next === '-') {
      i = lineEnd(text, i);
    } else if (c === '/' && next === '*') {
      i = blockCommentEnd(text, i);
    } else if (c === "'" || c === '"') {
      const escapes = c === "'" && /[eE]/.test(text[i - 1] ?? '') && !/\w/.test(text[i - 2] ?? '');
      i = quoteEnd(text, i, c, escapes);
    } else if (c === '$' && !/[\w$]/.test(text[i - 1] ?? '')) {
      i = dollarEnd(text, i);
    } else {
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (c === ';' && depth === 0) {
        pushTrimmed(text, start, i, ranges);
        start = i + 1;
      }
      i++;
    }
  }
  pushTrimmed(text, start, text.length, ranges);
  return ranges;
}

/** The statement holding (or just before) the cursor position. */
export function statementAt(text: string, position: number): Range | undefined {
  const ranges = statementRanges(text);
  return (
    ranges.find((r) => position >= r.from && position <= r.to) ??
    [...ranges].reverse().find((r) => r.to <= position) ??
    ranges[0]
  );
}

function pushTrimmed(text: string, from: number, to: number, ranges: Range[]) {
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (to > from && !onlyComments(text.slice(from, to))) ranges.push({ from, to });
}

function onlyComments(sql: string): boolean {
  return (
    sql
      .replace(/--[^\n]*/g, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .trim() === ''
  );
}

function lineEnd(text: string, i: number): number {
  const end = text.indexOf('\n', i);
  return end < 0 ? text.length : end + 1;
}

function blockCommentEnd(text: string, i: number): number {
  let depth = 0;
  while (i < text.length) {
    if (text[i] === '/' && text[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (text[i] === '*' && text[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return text.length;
}

function quoteEnd(text: string, i: number, quote: string, escapes: boolean): number {
  i++;
  while (i < text.length) {
    if (escapes && text[i] === '\\') i += 2;
    else if (text[i] === quote && text[i + 1] === quote) i += 2;
    else if (text[i] === quote) return i + 1;
    else i++;
  }
  return text.length;
}

function dollarEnd(text: string, i: number): number {
  const tag = /^\$([A-Za-z_][\w]*)?\$/.exec(text.slice(i));
  if (!tag) return i + 1;
  const close = text.indexOf(tag[0], i + tag[0].length);
  return close < 0 ? text.length : close + tag[0].length;
}
