// Keyword prefilter: one Aho-Corasick automaton over every rule's lower-cased keywords,
// compiled into a dense ASCII DFA so that one pass over the text finds every keyword hit
// at a cost of one table lookup per character, whatever the number of rules.
import { KeywardError } from '../errors';

const ALPHABET = 128;
const ROOT = 0;

export interface KeywordAutomaton {
  /**
   * `delta[state + (char & 127)]` is the next state. States are pre-multiplied by ALPHABET;
   * upper-case columns repeat the lower-case ones, so matching is case-insensitive for free.
   */
  readonly delta: Int32Array;
  /** States at or above this one end a keyword: one comparison per character in the hot loop. */
  readonly acceptFrom: number;
  /** Indexes into the keyword lists given to buildAutomaton (one per rule group) ending at a state (indexed by state / ALPHABET). */
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
 * Keywords as a trie: a small child map per state (keywords are short and sparse).
 * Building is part of every start-up and every worker, so the dense table below is filled
 * with one row copy per state rather than 128 lookups per state.
 */
class Trie {
  readonly children: Map<number, number>[] = [new Map<number, number>()];
  readonly found: number[][] = [[]];

  insert(keyword: string, rule: number): void {
    let state = ROOT;
    for (let i = 0; i < keyword.length; i++) {
      const c = keyword.charCodeAt(i);
      let next = this.children[state].get(c);
      if (next === undefined) {
        next = this.found.length;
        this.children.push(new Map());
        this.found.push([]);
        this.children[state].set(c, next);
      }
      state = next;
    }
    if (!this.found[state].includes(rule)) this.found[state].push(rule);
  }
}

function compile({ children, found }: Trie): Omit<KeywordAutomaton, 'unfiltered'> {
  // Breadth-first order: a state's failure link is shallower, so it is resolved first.
  const order: number[] = [ROOT];
  const fail = new Int32Array(found.length);
  for (let head = 0; head < order.length; head++) {
    const state = order[head];
    for (const [c, child] of children[state]) {
      let f = fail[state];
      while (state !== ROOT && f !== ROOT && !children[f].has(c)) f = fail[f]!;
      fail[child] = state === ROOT ? ROOT : (children[f].get(c) ?? ROOT);
      for (const rule of found[fail[child]]) if (!found[child].includes(rule)) found[child].push(rule);
      order.push(child);
    }
  }
  // Accepting states numbered last, so "is a hit" is one comparison: `state >= acceptFrom`.
  const position = new Int32Array(found.length);
  let index = 0;
  for (const accepting of [false, true]) {
    for (let state = 0; state < found.length; state++) {
      if (found[state].length > 0 === accepting) position[state] = index++ * ALPHABET;
    }
  }
  const acceptFrom = (found.length - found.filter((rules) => rules.length > 0).length) * ALPHABET;
  const delta = new Int32Array(found.length * ALPHABET); // the root row: every character stays at the root (0)
  const outputs: (number[] | undefined)[] = new Array<number[] | undefined>(found.length);
  for (const state of order) {
    const row = position[state];
    // A missing child behaves as the failure state does; upper-case columns repeat lower-case ones.
    if (state !== ROOT) delta.copyWithin(row, position[fail[state]], position[fail[state]] + ALPHABET);
    for (const [c, child] of children[state]) {
      delta[row + c] = position[child]!;
      if (c >= 97 && c <= 122) delta[row + c - 32] = position[child]!;
    }
    if (found[state].length > 0) outputs[row / ALPHABET] = [...found[state]].sort((a, b) => a - b);
  }
  return { delta, outputs, acceptFrom };
}
