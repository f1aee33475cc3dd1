import assert from 'node:assert/strict';
import { dedupe, type Candidate } from '../../../src/core/scan/dedupe';

const candidate = (rule: number, start: number, end: number, extra: Partial<Candidate> = {}): Candidate => ({
  rule,
  start,
  end,
  secret: 's',
  generic: false,
  demoted: false,
  confidence: 'high',
  reason: 'test',
  category: 'secret',
  ...extra,
});
const summary = (kept: Candidate[]) => kept.map((c) => `${c.rule}@${c.start}-${c.end}`).sort();

describe('engine: dedupe priorities', () => {
  it('prefers provider over generic, passing over demoted, then the earlier rule', () => {
    assert.deepEqual(summary(dedupe([candidate(0, 0, 10, { generic: true }), candidate(5, 2, 8)])), ['5@2-8']);
    assert.deepEqual(summary(dedupe([candidate(0, 0, 10, { demoted: true }), candidate(5, 0, 10)])), ['5@0-10']);
    assert.deepEqual(summary(dedupe([candidate(3, 0, 10), candidate(1, 5, 15)])), ['1@5-15']);
  });

  it('keeps disjoint findings and findings of other categories', () => {
    const kept = dedupe([candidate(0, 0, 5), candidate(0, 5, 9), candidate(1, 0, 9, { category: 'insecure-pattern' })]);
    assert.deepEqual(summary(kept), ['0@0-5', '0@5-9', '1@0-9']);
  });

  it('resolves a long overlapping chain to disjoint winners quickly', () => {
    // generic [0,10) [10,20) ... and provider [5,15) [25,35) ...: a single transitive cluster.
    const chain: Candidate[] = [];
    for (let i = 0; i < 20000; i++) chain.push(candidate(9, i * 10, i * 10 + 10, { generic: true }));
    for (let i = 0; i < 10000; i++) chain.push(candidate(1, i * 20 + 5, i * 20 + 15));
    const started = performance.now();
    const kept = dedupe(chain);
    assert.ok(performance.now() - started < 2000);
    assert.equal(kept.filter((c) => !c.generic).length, 10000);
    const sorted = [...kept].sort((a, b) => a.start - b.start);
    sorted.slice(1).forEach((c, i) => assert.ok(sorted[i].end <= c.start, 'kept findings overlap'));
  });
});
