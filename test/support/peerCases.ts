// Scores a scanner on labelled peer cases (test/fixtures/peer-cases/<peer>): recall over the
// positives (all of them, and without the documented not-secrets), and the share of negatives
// with any finding. Used by the peer-case test and by `npm run bench`.
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
  falseAlarms: string[];
}

export function scorePeerCases(dir: string, scan: (text: string, file: string) => Finding[]): PeerScore {
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Label[];
  const notSecrets = new Set(
    Object.keys(
      (JSON.parse(readFileSync(path.join(dir, 'not-secrets.json'), 'utf8')) as { notSecrets: object }).notSecrets,
    ),
  );
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  let found = 0;
  let foundCredentials = 0;
  for (const label of labels) {
    const findings = scan(readFileSync(path.join(dir, 'tree', label.path), 'utf8'), label.path);
    if (!label.positive) {
      if (findings.length > 0) falseAlarms.push(`${label.path} (${findings.map((f) => f.ruleId).join(', ')})`);
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
  return {
    positives,
    found,
    recall: found / positives,
    recallOnCredentials: foundCredentials / (positives - notSecrets.size),
    negatives,
    reported: falseAlarms.length,
    negativesReported: falseAlarms.length / negatives,
    missed,
    falseAlarms,
  };
}
