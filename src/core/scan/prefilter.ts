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

export function buildAutomaton(keywordsByRule: readonly (readonly string[])[], ruleIds: readonly string[]): KeywordAutomaton {
  const trie: Map<number, number>[] = [new Map()];
  const found: Set<number>[] = [new Set()];
  const unfiltered: number[] = [];
  keywordsByRule.forEach((keywords, rule) => {
    if (keywords.length === 0) unfiltered.push(rule);
    for (const keyword of keywords) insert(keyword.toLowerCase(), rule, ruleIds[rule] ?? String(rule));
  });

  function insert(keyword: string, rule: number, ruleId: string): void {
    if (keyword.length === 0 || !/^[\x00-\x7f]+$/.test(keyword)) {
      throw new KeywardError(`Rule ${ruleId}: keywords must be non-empty ASCII text.`, 'config-invalid');
    }
    let state = ROOT;
    for (let i = 0; i < keyword.length; i++) {
      const c = keyword.charCodeAt(i);
      let next = trie[state]!.get(c);
      if (next === undefined) {
        next = trie.length;
        trie.push(new Map());
        found.push(new Set());
        trie[state]!.set(c, next);
      }
      state = next;
    }
    found[state]!.add(rule);
  }

  return { ...compile(trie, found), unfiltered };
}

/** Breadth-first: each state's failure link is resolved before its children need it. */
function compile(trie: Map<number, number>[], found: Set<number>[]): Omit<KeywordAutomaton, 'unfiltered'> {
  const count = trie.length;
  const next = new Int32Array(count * ALPHABET); // plain state numbers, before renumbering
  const fail = new Int32Array(count);
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c++) {
    const child = trie[ROOT]!.get(c);
    if (child !== undefined) {
      next[c] = child;
      queue.push(child);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const failState = fail[state]!;
    for (const rule of found[failState]!) found[state]!.add(rule);
    for (let c = 0; c < ALPHABET; c++) {
      const child = trie[state]!.get(c);
      if (child === undefined) {
        next[state * ALPHABET + c] = next[failState * ALPHABET + c]!;
      } else {
        fail[child] = next[failState * ALPHABET + c]!;
        next[state * ALPHABET + c] = child;
        queue.push(child);
      }
    }
  }
  return renumber(next, found);
}

/** Accepting states last (so "is a hit" is `state >= acceptFrom`), pre-multiplied, case folded. */
function renumber(next: Int32Array, found: Set<number>[]): Omit<KeywordAutomaton, 'unfiltered'> {
  const order = found.map((_, state) => state).sort((a, b) => Number(found[a]!.size > 0) - Number(found[b]!.size > 0) || a - b);
  const position = new Int32Array(order.length);
  order.forEach((state, index) => (position[state] = index));
  const delta = new Int32Array(next.length);
  const outputs: (number[] | undefined)[] = [];
  order.forEach((state, index) => {
    for (let c = 0; c < ALPHABET; c++) {
      const folded = c >= 65 && c <= 90 ? c + 32 : c;
      delta[index * ALPHABET + c] = position[next[state * ALPHABET + folded]!]! * ALPHABET;
    }
    outputs.push(found[state]!.size > 0 ? [...found[state]!].sort((a, b) => a - b) : undefined);
  });
  const firstAccepting = outputs.findIndex((rules) => rules !== undefined);
  return { delta, outputs, acceptFrom: (firstAccepting < 0 ? order.length : firstAccepting) * ALPHABET };
}
