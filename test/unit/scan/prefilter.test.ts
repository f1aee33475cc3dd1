// The keyword automaton against a naive search: for random keyword sets (with shared
// prefixes and suffixes, the cases failure links exist for) and random mixed-case text, the
// entries it reports at each position are exactly those with a keyword ending there.
import assert from 'node:assert/strict';
import { buildAutomaton } from '../../../src/core/scan/prefilter';

function random(seed: number): () => number {
  let a = seed;
  return () => (a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

function hitsByAutomaton(text: string, keywords: string[][]): string[] {
  const { delta, outputs, acceptFrom } = buildAutomaton(
    keywords,
    keywords.map((_, i) => `r${i}`),
  );
  const hits: string[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = delta[state + (text.charCodeAt(i) & 127)]!;
    if (state >= acceptFrom) hits.push(`${i}:${outputs[state >> 7]!.join(',')}`);
  }
  return hits;
}

function hitsByHand(text: string, keywords: string[][]): string[] {
  const lower = text.toLowerCase();
  const hits: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const entries = keywords.flatMap((list, entry) => (list.some((k) => lower.endsWith(k, i + 1)) ? [entry] : []));
    if (entries.length > 0) hits.push(`${i}:${entries.join(',')}`);
  }
  return hits;
}

describe('prefilter: keyword automaton', () => {
  it('reports exactly the entries whose keyword ends at each position (case-insensitive)', () => {
    const rand = random(42);
    const pick = (alphabet: string, n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    for (let round = 0; round < 40; round++) {
      const keywords = Array.from({ length: 1 + Math.floor(rand() * 6) }, () =>
        Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick('abc_.', 1 + Math.floor(rand() * 4))),
      );
      const text = pick('abcABC_.-x\n', 300);
      assert.deepEqual(hitsByAutomaton(text, keywords), hitsByHand(text, keywords), JSON.stringify(keywords));
    }
  });

  it('lists entries without keywords as unfiltered and refuses non-ASCII keywords', () => {
    assert.deepEqual(buildAutomaton([['key'], []], ['a', 'b']).unfiltered, [1]);
    assert.throws(() => buildAutomaton([['clé']], ['bad']), /keywords must be non-empty ASCII/);
  });
});
