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

export function findWindows(
  text: string,
  automaton: KeywordAutomaton,
  multiline: readonly boolean[],
): Map<number, Windows> {
  const { delta, outputs, acceptFrom } = automaton;
  const n = text.length;
  // Indexed by rule (arrays, not a Map: this runs once per keyword hit and rule).
  const perRule: (Windows | undefined)[] = new Array<Windows | undefined>(multiline.length);
  for (const rule of automaton.unfiltered) perRule[rule] = [0, n];
  // Per rule: end of its last window, so later hits inside it cost nothing.
  const covered = new Int32Array(multiline.length);
  let state = 0;
  let lineStart = 0;
  let lineEnd = -1;
  for (let i = 0; i < n; i++) {
    // Non-ASCII characters fold onto ASCII ones: that can only add a spurious hit (keywords
    // are ASCII), never hide a real one, and it keeps the loop free of branches.
    state = delta[state + (text.charCodeAt(i) & 127)]!;
    if (state < acceptFrom) continue;
    const rules = outputs[state >> 7]!;
    if (i > lineEnd) {
      // Line bounds are only needed at hits, so they are found here rather than tracked per character.
      lineStart = text.lastIndexOf('\n', i) + 1;
      lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = n;
    }
    for (const rule of rules) {
      if (i < covered[rule]) continue;
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
      const windows = perRule[rule];
      if (windows === undefined) perRule[rule] = [start, end];
      else if (start <= windows[windows.length - 1])
        windows[windows.length - 1] = Math.max(windows[windows.length - 1], end);
      else windows.push(start, end);
      covered[rule] = end;
    }
  }
  const result = new Map<number, Windows>();
  perRule.forEach((windows, rule) => result.set(rule, windows!)); // forEach skips the holes
  return result;
}
