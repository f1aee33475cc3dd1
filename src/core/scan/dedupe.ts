// One finding per secret: when several rules match overlapping text, keep the most specific.
import type { Confidence } from './types';

export interface Candidate {
  rule: number;
  /** Offsets of the reported range, end exclusive. */
  start: number;
  end: number;
  secret: string;
  generic: boolean;
  demoted: boolean;
  category: string;
  confidence: Confidence;
  reason: string;
}

/**
 * Provider rules beat generic ones, a passing structural check beats a failing one, then
 * earlier rules (more specific by convention) win. Different categories never compete:
 * a leaked key inside a logging call is both a secret and an insecure pattern.
 */
export function dedupe(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const byCategory = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byCategory.get(c.category);
    if (list) list.push(c);
    else byCategory.set(c.category, [c]);
  }
  for (const list of byCategory.values()) {
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    let cluster: Candidate[] = [];
    let clusterEnd = -1;
    for (const c of list) {
      if (c.start >= clusterEnd && cluster.length > 0) {
        kept.push(...resolveCluster(cluster));
        cluster = [];
      }
      cluster.push(c);
      clusterEnd = Math.max(clusterEnd, c.end);
    }
    kept.push(...resolveCluster(cluster));
  }
  return kept;
}

/** Greedy by priority inside a group of transitively overlapping candidates. */
function resolveCluster(cluster: Candidate[]): Candidate[] {
  if (cluster.length < 2) return cluster;
  const ranked = [...cluster].sort(
    (a, b) => Number(a.generic) - Number(b.generic) || Number(a.demoted) - Number(b.demoted) || a.rule - b.rule,
  );
  // Kept ranges are disjoint, so sorted by start they are also sorted by end: one binary
  // search per candidate keeps adversarial clusters (thousands of overlaps) n log n.
  const kept: Candidate[] = [];
  for (const c of ranked) {
    const at = firstEndingAfter(kept, c.start);
    if (at < kept.length && kept[at].start < c.end) continue;
    kept.splice(at, 0, c);
  }
  return kept;
}

/** Index of the first kept range whose end is after `offset`. */
function firstEndingAfter(kept: readonly Candidate[], offset: number): number {
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (kept[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
