import type { Database } from 'sql.js';
import { auditHead, auditMac, listAudit, type AuditEntry } from './audit';
import { readMeta } from './load';

export type AuditProblemKind = 'altered' | 'deleted' | 'reordered';

export interface AuditProblem {
  /** The first entry (by seq) where the chain no longer holds. */
  seq: number;
  kind: AuditProblemKind;
  message: string;
}

export interface AuditVerification {
  entries: number;
  problem?: AuditProblem;
}

/** How far from its place a moved entry is looked for: edits by hand move entries locally. */
const REORDER_WINDOW = 8;

/**
 * Walks the MAC chain from the first entry and reports the first break, telling apart an edited
 * entry, a missing one (a gap in seq, a renumbered tail, or a cut-off end caught by the keyed
 * head anchor) and one moved from another place.
 */
export function verifyAuditLog(db: Database, key: Buffer): AuditVerification {
  const entries = listAudit(db);
  const problem = findBreak(entries, key) ?? checkHead(entries, key, readMeta(db, 'audit_head'));
  return { entries: entries.length, problem };
}

function findBreak(entries: AuditEntry[], key: Buffer): AuditProblem | undefined {
  let previous = '';
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const expectedSeq = i === 0 ? 1 : entries[i - 1].seq + 1;
    if (entry.seq !== expectedSeq) {
      return {
        seq: expectedSeq,
        kind: 'deleted',
        message: `entries ${expectedSeq}${entry.seq - 1 > expectedSeq ? `-${entry.seq - 1}` : ''} are missing`,
      };
    }
    if (auditMac(key, previous, entry) !== entry.mac) return classify(entries, i, key);
    previous = entry.mac;
  }
  return undefined;
}

function classify(entries: AuditEntry[], i: number, key: Buffer): AuditProblem {
  const entry = entries[i];
  const from = Math.max(0, i - REORDER_WINDOW);
  const to = Math.min(entries.length, i + REORDER_WINDOW + 1);
  // Written elsewhere: its MAC holds with another predecessor and/or another seq.
  const predecessors = [{ mac: '' }, ...entries.slice(from, to)];
  for (const p of predecessors) {
    for (let seq = entries[from].seq; seq <= entries[to - 1].seq; seq++) {
      if ((seq !== entry.seq || p !== entries[i - 1]) && auditMac(key, p.mac, { ...entry, seq }) === entry.mac) {
        return {
          seq: entry.seq,
          kind: 'reordered',
          message: `entry ${entry.seq} is out of place (it was written as entry ${seq})`,
        };
      }
    }
  }
  // Unchanged but renumbered after an earlier entry was deleted: the next entry still chains to it.
  const next = entries[i + 1];
  if (next) {
    for (let gap = 1; gap <= REORDER_WINDOW; gap++) {
      if (auditMac(key, entry.mac, { ...next, seq: next.seq + gap }) === next.mac) {
        return {
          seq: entry.seq,
          kind: 'deleted',
          message: `${gap === 1 ? 'an entry was' : `${gap} entries were`} deleted before entry ${entry.seq} and the rest renumbered`,
        };
      }
    }
  }
  return { seq: entry.seq, kind: 'altered', message: `entry ${entry.seq} was changed after it was written` };
}

function checkHead(entries: AuditEntry[], key: Buffer, head: string | undefined): AuditProblem | undefined {
  const last = entries[entries.length - 1];
  if (!last) return head ? { seq: 1, kind: 'deleted', message: 'every entry was deleted' } : undefined;
  if (head === auditHead(key, last.seq, last.mac)) return undefined;
  const headSeq = Number(head?.split(':')[0]);
  if (head && headSeq > last.seq) {
    return {
      seq: last.seq + 1,
      kind: 'deleted',
      message: `entries ${last.seq + 1}-${headSeq} at the end were deleted`,
    };
  }
  return {
    seq: last.seq,
    kind: 'altered',
    message: head
      ? "the log's keyed head anchor does not match its last entry"
      : "the log's keyed head anchor is missing",
  };
}
