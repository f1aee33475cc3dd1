import { createHmac } from 'node:crypto';
import type { Database } from 'sql.js';
import { all, one, run } from './sqlite';

export type AuditAction =
  | 'vault-create'
  | 'vault-upgrade'
  | 'key-add'
  | 'key-reveal'
  | 'key-inject'
  | 'access-refused'
  | 'commit-anyway'
  | 'key-delete'
  | 'key-rename'
  | 'key-rotate'
  | 'key-update'
  | 'key-import'
  | 'master-export'
  | 'master-rotate'
  | 'decrypt-failed'
  | 'audit-export'
  | 'reveal-limit'
  | 'incident';

export interface AuditEntry {
  seq: number;
  ts: string;
  action: AuditAction;
  keyName: string | null;
  actor: string;
  detail: string;
  mac: string;
}

export interface AuditEvent {
  action: AuditAction;
  keyName?: string;
  /** Free text written by Keyward itself (counts, command names); never a secret value. */
  detail?: string;
}

/** The MAC covers the entry and its predecessor's MAC, so edits, deletions and reordering show. */
export function auditMac(key: Buffer, previousMac: string, entry: Omit<AuditEntry, 'mac'>): string {
  const body = JSON.stringify([
    previousMac,
    entry.seq,
    entry.ts,
    entry.action,
    entry.keyName,
    entry.actor,
    entry.detail,
  ]);
  return createHmac('sha256', key).update(body).digest('hex');
}

/**
 * The chain alone cannot show that its newest entries were cut off, so the vault keeps a keyed
 * anchor on the last entry (`meta.audit_head`); without the audit key it cannot be moved back.
 */
export function auditHead(key: Buffer, seq: number, mac: string): string {
  return `${seq}:${createHmac('sha256', key)
    .update(JSON.stringify(['head', seq, mac]))
    .digest('hex')}`;
}

export function writeAuditHead(db: Database, key: Buffer, seq: number, mac: string): void {
  run(db, `INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)`, [auditHead(key, seq, mac)]);
}

export function appendAudit(db: Database, key: Buffer, actor: string, event: AuditEvent, now: Date): void {
  const last = one<{ seq: number; mac: string }>(db, 'SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1');
  const entry = {
    seq: (last?.seq ?? 0) + 1,
    ts: now.toISOString(),
    action: event.action,
    keyName: event.keyName ?? null,
    actor,
    detail: event.detail ?? '',
  };
  const mac = auditMac(key, last?.mac ?? '', entry);
  run(db, 'INSERT INTO audit_log (seq, ts, action, key_name, actor, detail, mac) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    entry.seq,
    entry.ts,
    entry.action,
    entry.keyName,
    entry.actor,
    entry.detail,
    mac,
  ]);
  writeAuditHead(db, key, entry.seq, mac);
}

export function listAudit(db: Database): AuditEntry[] {
  return all<{
    seq: number;
    ts: string;
    action: AuditAction;
    key_name: string | null;
    actor: string;
    detail: string;
    mac: string;
  }>(db, 'SELECT seq, ts, action, key_name, actor, detail, mac FROM audit_log ORDER BY seq').map((r) => ({
    seq: r.seq,
    ts: r.ts,
    action: r.action,
    keyName: r.key_name,
    actor: r.actor,
    detail: r.detail,
    mac: r.mac,
  }));
}
