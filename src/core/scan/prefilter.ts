// Keyword prefilter: one Aho-Corasick automaton over every rule's lower-cased keywords,
// compiled into a dense ASCII DFA so that one pass over the text finds every keyword hit
// at a cost of one table lookup per character, whatever the number of rules.
import { KeywardError } from '../errors';

const ALPHABET = 128;
const ROOT = 0;

export interface KeywordAutomaton {
  /** `delta[state + char]` is the next state; states are pre-multiplied by ALPHABET. */
  readonly delta: Int32Array;
  /** Rule indexes whose keywords end at a state (indexed by state / ALPHABET). */
  readonly outputs: readonly (readonly number[] | undefined)[];
  /** Rules without keywords: they run over the whole text. */
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
  const delta = new Int32Array(trie.length * ALPHABET);
  const fail = new Int32Array(trie.length);
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c++) {
    const child = trie[ROOT]!.get(c);
    if (child !== undefined) {
      delta[c] = child * ALPHABET;
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
        delta[state * ALPHABET + c] = delta[failState * ALPHABET + c]!;
      } else {
        fail[child] = delta[failState * ALPHABET + c]! / ALPHABET;
        delta[state * ALPHABET + c] = child * ALPHABET;
        queue.push(child);
      }
    }
  }
  const outputs = found.map((rules) => (rules.size > 0 ? [...rules].sort((a, b) => a - b) : undefined));
  return { delta, outputs };
}
