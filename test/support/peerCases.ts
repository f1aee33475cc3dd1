// Scores a scanner on labelled peer cases (test/fixtures/peer-cases/<peer>): recall over the
// positives (all of them, and without the documented not-secrets), and the share of negatives
// with any finding, split into those argued in argued-negatives.json and the rest. Used by the
// peer-case test and by `npm run bench`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/core/scan/types';

export const GITLEAKS_CASES = path.join(__dirname, '../fixtures/peer-cases/gitleaks');

interface Label {
  path: string;
  line: number;
  span: number;
  positive: boolean;
  kind: string;
}

export interface PeerScore {
  positives: number;
  found: number;
  /** Recall over every positive the peer labelled. */
  recall: number;
  /** Recall over the positives that hold a credential (not-secrets.json left out). */
  recallOnCredentials: number;
  negatives: number;
  reported: number;
  negativesReported: number;
  missed: string[];
  /** Every reported negative, `path (rule, ...)`. */
  falseAlarms: string[];
  /** Reported negatives that argued-negatives.json does not argue for. */
  unargued: string[];
  /** Negatives argued for in argued-negatives.json that are no longer reported. */
  stale: string[];
}

function jsonKeys(dir: string, file: string, field: string): Set<string> {
  const json = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, object>;
  return new Set(Object.keys(json[field]));
}

export function scorePeerCases(dir: string, scan: (text: string, file: string) => Finding[]): PeerScore {
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Label[];
  const notSecrets = jsonKeys(dir, 'not-secrets.json', 'notSecrets');
  const argued = jsonKeys(dir, 'argued-negatives.json', 'argued');
  const missed: string[] = [];
  /** Reported negatives: path -> the rules that reported it. */
  const reportedNegatives = new Map<string, string[]>();
  let found = 0;
  let foundCredentials = 0;
  for (const label of labels) {
    const findings = scan(readFileSync(path.join(dir, 'tree', label.path), 'utf8'), label.path);
    if (!label.positive) {
      if (findings.length > 0)
        reportedNegatives.set(
          label.path,
          findings.map((f) => f.ruleId),
        );
      continue;
    }
    const last = label.line + label.span - 1;
    if (findings.some((f) => f.line <= last && f.endLine >= label.line)) {
      found++;
      if (!notSecrets.has(label.path)) foundCredentials++;
    } else if (!notSecrets.has(label.path)) missed.push(label.path);
  }
  const positives = labels.filter((l) => l.positive).length;
  const negatives = labels.length - positives;
  const describe = ([file, rules]: [string, string[]]) => `${file} (${rules.join(', ')})`;
  return {
    positives,
    found,
    recall: found / positives,
    recallOnCredentials: foundCredentials / (positives - notSecrets.size),
    negatives,
    reported: reportedNegatives.size,
    negativesReported: reportedNegatives.size / negatives,
    missed,
    falseAlarms: [...reportedNegatives].map(describe),
    unargued: [...reportedNegatives].filter(([file]) => !argued.has(file)).map(describe),
    stale: [...argued].filter((file) => !reportedNegatives.has(file)),
  };
}
