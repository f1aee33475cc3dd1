// Keyword prefilter: one Aho-Corasick automaton over every rule's lower-cased keywords,
// compiled into a dense ASCII DFA so that one pass over the text finds every keyword hit
// at a cost of one table lookup per character, whatever the number of rules.
import { KeywardError } from '../errors';

/** A row per state, a column per ASCII character: the row of `state` starts at `state << ROW_SHIFT`. */
export const ROW_SHIFT = 7;
const ROOT = 0;

export interface KeywordAutomaton {
  /**
   * `delta[(state << ROW_SHIFT) | (char & 127)]` is the next state; upper-case columns repeat
   * the lower-case ones, so matching is case-insensitive for free. Entries are 16-bit while the
   * states fit (tens of thousands of keywords): half the memory of 32-bit entries, so more of
   * the rows the text keeps coming back to stay in the CPU's caches.
   */
  readonly delta: Uint16Array | Uint32Array;
  /** States at or above this one end a keyword: one comparison per character in the hot loop. */
  readonly acceptFrom: number;
  /** Indexes into the keyword lists given to buildAutomaton (one per rule group) ending at a state. */
  readonly outputs: readonly (readonly number[] | undefined)[];
  /** Entries without keywords: they run over the whole text. */
  readonly unfiltered: readonly number[];
}

export function buildAutomaton(
  keywordsByRule: readonly (readonly string[])[],
  ruleIds: readonly string[],
): KeywordAutomaton {
  const trie = new Trie();
  const unfiltered: number[] = [];
  keywordsByRule.forEach((keywords, rule) => {
    if (keywords.length === 0) unfiltered.push(rule);
    for (const keyword of keywords) {
      if (keyword.length === 0 || !/^\p{ASCII}+$/u.test(keyword)) {
        throw new KeywardError(
          `Rule ${ruleIds[rule] ?? rule}: keywords must be non-empty ASCII text.`,
          'config-invalid',
        );
      }
      trie.insert(keyword.toLowerCase(), rule);
    }
  });
  return { ...compile(trie), unfiltered };
}

/**
 * Keywords as a trie in flat arrays (edges as linked lists per state): building the automaton is
 * part of every start-up and of every scan worker, and a Map or array per state costs more to
 * allocate and collect than the whole build otherwise takes.
 */
class Trie {
  /** Per state: its first outgoing edge, or -1. */
  firstEdge: number[] = [-1];
  /** Per edge: the next edge of the same state (or -1), its character and the state it leads to. */
  readonly nextEdge: number[] = [];
  readonly edgeChar: number[] = [];
  readonly edgeTo: number[] = [];
  /** Per state: the entries (rule groups) whose keyword ends there; failure links add more later. */
  readonly found: (number[] | undefined)[] = [undefined];

  get states(): number {
    return this.firstEdge.length;
  }

  child(state: number, c: number): number {
    for (let e = this.firstEdge[state]; e !== -1; e = this.nextEdge[e])
      if (this.edgeChar[e] === c) return this.edgeTo[e];
    return -1;
  }

  insert(keyword: string, rule: number): void {
    let state = ROOT;
    for (let i = 0; i < keyword.length; i++) {
      const c = keyword.charCodeAt(i);
      let next = this.child(state, c);
      if (next === -1) {
        next = this.firstEdge.length;
        this.firstEdge.push(-1);
        this.found.push(undefined);
        this.nextEdge.push(this.firstEdge[state]);
        this.edgeChar.push(c);
        this.edgeTo.push(next);
        this.firstEdge[state] = this.edgeTo.length - 1;
      }
      state = next;
    }
    const found = (this.found[state] ??= []);
    if (!found.includes(rule)) found.push(rule);
  }
}

function compile(trie: Trie): Omit<KeywordAutomaton, 'unfiltered'> {
  const { firstEdge, nextEdge, edgeChar, edgeTo, found } = trie;
  const states = trie.states;
  // Breadth-first order: a state's failure link is shallower, so it is resolved first.
  const order = new Int32Array(states);
  const fail = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const state = order[head];
    for (let e = firstEdge[state]; e !== -1; e = nextEdge[e]) {
      const child = edgeTo[e];
      let f = fail[state];
      while (state !== ROOT && f !== ROOT && trie.child(f, edgeChar[e]) === -1) f = fail[f];
      const link = state === ROOT ? ROOT : Math.max(ROOT, trie.child(f, edgeChar[e]));
      fail[child] = link;
      // A keyword that ends where a longer one's suffix does is found there too.
      for (const rule of found[link] ?? []) {
        const own = (found[child] ??= []);
        if (!own.includes(rule)) own.push(rule);
      }
      order[tail++] = child;
    }
  }
  // Accepting states numbered last, so "is a hit" is one comparison: `state >= acceptFrom`.
  const number = new Int32Array(states);
  let accepting = 0;
  for (let state = 0; state < states; state++) if (found[state]) accepting++;
  const acceptFrom = states - accepting;
  let plain = 0;
  let ending = acceptFrom;
  for (let state = 0; state < states; state++) number[state] = found[state] ? ending++ : plain++;

  const size = states << ROW_SHIFT;
  // The root row stays zero: every character not starting a keyword keeps the walk at the root.
  const delta = states <= 1 << 16 ? new Uint16Array(size) : new Uint32Array(size);
  const outputs = new Array<number[] | undefined>(states);
  for (let i = 0; i < states; i++) {
    const state = order[i];
    const row = number[state] << ROW_SHIFT;
    // A missing child behaves as the failure state does; upper-case columns repeat lower-case ones.
    if (state !== ROOT) delta.copyWithin(row, number[fail[state]] << ROW_SHIFT, (number[fail[state]] + 1) << ROW_SHIFT);
    for (let e = firstEdge[state]; e !== -1; e = nextEdge[e]) {
      const c = edgeChar[e];
      delta[row | c] = number[edgeTo[e]];
      if (c >= 97 && c <= 122) delta[row | (c - 32)] = number[edgeTo[e]];
    }
    if (found[state]) outputs[number[state]] = found[state].sort((a, b) => a - b);
  }
  return { delta, outputs, acceptFrom };
}
