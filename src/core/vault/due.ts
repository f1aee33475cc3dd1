import type { KeySummary } from './records';

export type RotationState = 'ok' | 'due-soon' | 'overdue';

const DAY_MS = 86_400_000;
/** "Due soon" starts this share of the period before the deadline (a 90-day key: 9 days ahead). */
const WARNING_SHARE = 0.1;

export interface RotationStatus {
  state: RotationState;
  /** Days since the value was set (created or last rotated). */
  ageDays: number;
  periodDays: number;
  /** Days until due; negative when overdue. */
  daysLeft: number;
}

/** Where a key stands against its rotation period (its own, else the workspace default). */
export function rotationStatus(key: KeySummary, defaultPeriodDays: number, now: Date): RotationStatus {
  const since = Date.parse(key.lastRotatedAt ?? key.createdAt);
  const ageDays = Math.floor((now.getTime() - since) / DAY_MS);
  const periodDays = key.rotationDays ?? defaultPeriodDays;
  const daysLeft = periodDays - ageDays;
  const state: RotationState =
    daysLeft <= 0 ? 'overdue' : daysLeft <= Math.ceil(periodDays * WARNING_SHARE) ? 'due-soon' : 'ok';
  return { state, ageDays, periodDays, daysLeft };
}
