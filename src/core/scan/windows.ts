// Where each rule must run: one pass of the keyword automaton over the text turns keyword
// hits into per-rule windows (the hit's line; a bounded slice of very long lines; a wider
// span for multi-line rules). Rule regexes then run on those windows only.
import { ROW_SHIFT, type KeywordAutomaton } from './prefilter';
import type { Reach, Rule } from './types';

/** Lines longer than this (minified code, data blobs) are cut around the hit instead. */
const LONG_LINE = 4096;
const LONG_LINE_BEFORE = 1024;
const LONG_LINE_AFTER = 8192;
/** A multi-line rule's reach unless it states its own. */
const MULTILINE: Reach = { before: 1024, after: 65536 };

/** Where a rule's windows extend around a hit: undefined for the hit's line only. */
export function reachOf(rule: Pick<Rule, 'multiline'>): Reach | undefined {
  return rule.multiline === true ? MULTILINE : rule.multiline || undefined;
}

/** Flat `[start0, end0, start1, end1, ...]` ranges (end exclusive), sorted and disjoint. */
export type Windows = number[];

export function findWindows(
  text: string,
  automaton: KeywordAutomaton,
  reach: readonly (Reach | undefined)[],
): Map<number, Windows> {
  const scratch = scratchFor(automaton, reach.length);
  // The rules that got a window: building the result and clearing the scratch visit only these,
  // so that a small file does not pay for each of hundreds of rules.
  const touched: number[] = [];
  for (const rule of automaton.unfiltered) {
    scratch.perRule[rule] = [0, text.length];
    touched.push(rule);
  }
  walk(text, automaton, reach, scratch, touched);
  const result = new Map<number, Windows>();
  for (const rule of touched.sort((a, b) => a - b)) {
    result.set(rule, scratch.perRule[rule]!);
    scratch.perRule[rule] = undefined;
    scratch.covered[rule] = 0;
  }
  return result;
}

/**
 * The pass over the text, in a function of its own with nothing after its loop: V8 optimises a
 * long loop while it runs (on-stack replacement), and code after the loop that has not run yet
 * then deoptimises it at every exit, which was seen to triple the cost of the pass.
 */
function walk(
  text: string,
  automaton: KeywordAutomaton,
  reach: readonly (Reach | undefined)[],
  scratch: Scratch,
  touched: number[],
) {
  const { delta, outputs, acceptFrom } = automaton;
  const { perRule, covered } = scratch;
  const n = text.length;
  let state = 0;
  let lineStart = 0;
  let lineEnd = -1;
  for (let i = 0; i < n; i++) {
    // Non-ASCII characters fold onto ASCII ones: that can only add a spurious hit (keywords
    // are ASCII), never hide a real one, and it keeps the loop free of branches.
    state = delta[(state << ROW_SHIFT) | (text.charCodeAt(i) & 127)];
    if (state < acceptFrom) continue;
    const rules = outputs[state]!;
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
      const around = reach[rule];
      if (around !== undefined) {
        // From the start of the line `before` characters back (this line's start on a long line).
        const back = i - around.before;
        start = back < lineStart ? text.lastIndexOf('\n', Math.max(0, back)) + 1 : lineStart;
        end = Math.min(n, Math.max(lineEnd, i + around.after));
      } else if (lineEnd - lineStart > LONG_LINE) {
        start = Math.max(lineStart, i - LONG_LINE_BEFORE);
        end = Math.min(lineEnd, i + LONG_LINE_AFTER);
      } else {
        start = lineStart;
        end = lineEnd;
      }
      const windows = perRule[rule];
      if (windows === undefined) {
        perRule[rule] = [start, end];
        touched.push(rule);
      } else if (start <= windows[windows.length - 1]) {
        windows[windows.length - 1] = Math.max(windows[windows.length - 1], end);
      } else {
        windows.push(start, end);
      }
      covered[rule] = end;
    }
  }
}

interface Scratch {
  /** Indexed by rule (arrays, not a Map: this runs once per keyword hit and rule). */
  perRule: (Windows | undefined)[];
  /** Per rule: end of its last window, so later hits inside it cost nothing. */
  covered: Int32Array;
}

/**
 * Per automaton, reused from one text to the next (a typed array costs far more to allocate than
 * to clear). A scan is synchronous, and each worker thread has its own copy of everything.
 */
const scratches = new WeakMap<KeywordAutomaton, Scratch>();

function scratchFor(automaton: KeywordAutomaton, rules: number): Scratch {
  let scratch = scratches.get(automaton);
  if (scratch?.covered.length !== rules) {
    scratch = { perRule: new Array<Windows | undefined>(rules).fill(undefined), covered: new Int32Array(rules) };
    scratches.set(automaton, scratch);
  }
  return scratch;
}
