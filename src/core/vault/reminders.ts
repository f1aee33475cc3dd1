import { rotationStatus, type RotationState, type RotationStatus } from './due';
import type { KeySummary } from './records';

/** The founding document's "quarterly" rotation of keys and of the encryption key. */
export const DEFAULT_ROTATION_DAYS = 90;
export const DEFAULT_MASTER_REMINDER_DAYS = 90;

export interface KeyDue extends RotationStatus {
  name: string;
  environment: string;
  masked: string;
  status: KeySummary['status'];
}

export interface RotationReport {
  /** Keys due soon or overdue, most overdue first; compromised keys always count as overdue. */
  keys: KeyDue[];
  master: RotationStatus;
  overdue: boolean;
}

export interface RotationPolicy {
  maxAgeDays: number;
  masterReminderDays: number;
}

/**
 * What needs rotating now: the data behind `keyward vault status` and the extension's daily
 * reminder, so both always agree. Retired keys are no longer in use and are left out.
 */
export function rotationReport(
  keys: KeySummary[],
  masterCreatedAt: string,
  policy: RotationPolicy,
  now: Date,
): RotationReport {
  const due = keys
    .filter((k) => k.status !== 'retired')
    .map((k): KeyDue => {
      const status = rotationStatus(k, policy.maxAgeDays, now);
      // A compromised key must be rotated whatever its age.
      const state: RotationState = k.status === 'compromised' ? 'overdue' : status.state;
      return { ...status, state, name: k.name, environment: k.environment, masked: k.masked, status: k.status };
    })
    .filter((k) => k.state !== 'ok')
    .sort((a, b) => a.daysLeft - b.daysLeft || a.name.localeCompare(b.name));
  const master = rotationStatus(
    { createdAt: masterCreatedAt, lastRotatedAt: null, rotationDays: policy.masterReminderDays } as KeySummary,
    policy.masterReminderDays,
    now,
  );
  return { keys: due, master, overdue: master.state === 'overdue' || due.some((k) => k.state === 'overdue') };
}

/** One line per entry, for the CLI and notifications; never a value, only the masked form. */
export function describeDue(key: KeyDue): string {
  if (key.status === 'compromised') return `${key.name} (${key.environment}) is marked compromised: rotate it now`;
  return key.state === 'overdue'
    ? `${key.name} (${key.environment}) is ${-key.daysLeft} days overdue (${key.ageDays} days old, period ${key.periodDays})`
    : `${key.name} (${key.environment}) is due in ${key.daysLeft} days (period ${key.periodDays})`;
}

export function describeMaster(master: RotationStatus): string {
  return master.state === 'overdue'
    ? `the master key is ${master.ageDays} days old (rotate every ${master.periodDays} days): rotate it`
    : `the master key is ${master.ageDays} days old; rotation due in ${master.daysLeft} days`;
}
