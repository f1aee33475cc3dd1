// The keyword automaton against a naive search: for random keyword sets (with shared
// prefixes and suffixes, the cases failure links exist for) and random mixed-case text, the
// entries it reports at each position are exactly those with a keyword ending there.
import assert from 'node:assert/strict';
import { buildAutomaton, ROW_SHIFT } from '../../../src/core/scan/prefilter';
import { builtinRules } from '../../../src/core/scan/rules/index';

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
    state = delta[(state << ROW_SHIFT) | (text.charCodeAt(i) & 127)];
    if (state >= acceptFrom) hits.push(`${i}:${outputs[state]!.join(',')}`);
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

  it("finds exactly the built-in rules' keywords, in text made of their pieces", () => {
    // The real set: over a thousand keywords sharing prefixes and suffixes, thousands of states.
    const keywords = builtinRules.map((rule) => rule.keywords.map((k) => k.toLowerCase()));
    const rand = random(7);
    const all = keywords.flat();
    let text = '';
    while (text.length < 4000) {
      const keyword = all[Math.floor(rand() * all.length)];
      const piece = keyword.slice(Math.floor(rand() * 3), keyword.length - Math.floor(rand() * 2));
      text += (rand() < 0.5 ? piece.toUpperCase() : piece) + ' _-.=:\nx'[Math.floor(rand() * 8)];
    }
    assert.deepEqual(hitsByAutomaton(text, keywords), hitsByHand(text, keywords));
  });

  it('keeps working past 65,536 states, where table entries no longer fit 16 bits', () => {
    const rand = random(3);
    const keywords = Array.from({ length: 11000 }, () => [
      Array.from({ length: 9 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]).join(''),
    ]);
    const automaton = buildAutomaton(
      keywords,
      keywords.map((_, i) => `r${i}`),
    );
    assert.ok(automaton.delta instanceof Uint32Array, `${automaton.delta.length >> ROW_SHIFT} states`);
    const text = keywords
      .slice(0, 300)
      .map(([k]) => k.slice(2) + k)
      .join(' ');
    // Every keyword has nine letters: a hit is a nine-letter run that is one of them.
    const entries = new Map<string, number[]>();
    keywords.forEach(([k], i) => entries.set(k, [...(entries.get(k) ?? []), i]));
    const expected: string[] = [];
    for (let i = 8; i < text.length; i++) {
      const found = entries.get(text.slice(i - 8, i + 1));
      if (found) expected.push(`${i}:${found.join(',')}`);
    }
    assert.deepEqual(hitsByAutomaton(text, keywords), expected);
  });

  it('lists entries without keywords as unfiltered and refuses non-ASCII keywords', () => {
    assert.deepEqual(buildAutomaton([['key'], []], ['a', 'b']).unfiltered, [1]);
    assert.throws(() => buildAutomaton([['clé']], ['bad']), /keywords must be non-empty ASCII/);
  });
});
