// Where each rule must run: one pass of the keyword automaton over the text turns keyword
// hits into per-rule windows (the hit's line; a bounded slice of very long lines; a wider
// span for multi-line rules). Rule regexes then run on those windows only.
import type { KeywordAutomaton } from './prefilter';

/** Lines longer than this (minified code, data blobs) are cut around the hit instead. */
const LONG_LINE = 4096;
const LONG_LINE_BEFORE = 1024;
const LONG_LINE_AFTER = 8192;
const MULTILINE_BEFORE = 1024;
const MULTILINE_AFTER = 65536;

/** Flat `[start0, end0, start1, end1, ...]` ranges (end exclusive), sorted and disjoint. */
export type Windows = number[];

export function findWindows(text: string, automaton: KeywordAutomaton, multiline: readonly boolean[]): Map<number, Windows> {
  const { delta, outputs } = automaton;
  const n = text.length;
  const result = new Map<number, Windows>();
  for (const rule of automaton.unfiltered) result.set(rule, [0, n]);
  // Per rule: end of its last window, so later hits inside it cost nothing.
  const covered = new Int32Array(multiline.length);
  let state = 0;
  let lineStart = 0;
  let lineEnd = -1;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c === 10) lineStart = i + 1;
    if (c >= 128) {
      state = 0; // keywords are ASCII: no keyword continues through this character
      continue;
    }
    if (c >= 65 && c <= 90) c += 32;
    state = delta[state + c]!;
    const rules = outputs[state >> 7];
    if (rules === undefined) continue;
    if (lineEnd < i) {
      lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = n;
    }
    for (const rule of rules) {
      if (i < covered[rule]!) continue;
      let start: number;
      let end: number;
      if (multiline[rule]) {
        start = i - MULTILINE_BEFORE <= lineStart ? lineStart : text.lastIndexOf('\n', i - MULTILINE_BEFORE) + 1;
        end = Math.min(n, Math.max(lineEnd, i + MULTILINE_AFTER));
      } else if (lineEnd - lineStart > LONG_LINE) {
        start = Math.max(lineStart, i - LONG_LINE_BEFORE);
        end = Math.min(lineEnd, i + LONG_LINE_AFTER);
      } else {
        start = lineStart;
        end = lineEnd;
      }
      addWindow(result, rule, start, end);
      covered[rule] = end;
    }
  }
  return result;
}

function addWindow(result: Map<number, Windows>, rule: number, start: number, end: number): void {
  const windows = result.get(rule);
  if (windows === undefined) {
    result.set(rule, [start, end]);
    return;
  }
  const last = windows.length - 1;
  if (start <= windows[last]!) windows[last] = Math.max(windows[last]!, end);
  else windows.push(start, end);
}
