import assert from 'node:assert/strict';
import type { KeySummary } from '../../../src/core/vault/records';
import { describeDue, describeMaster, rotationReport } from '../../../src/core/vault/reminders';

const DAY = 86_400_000;
const now = new Date('2025-06-01T00:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY).toISOString();

function key(name: string, ageDays: number, extra: Partial<KeySummary> = {}): KeySummary {
  return {
    id: name,
    name,
    provider: null,
    environment: 'default',
    masked: 'sk_...abcd',
    version: 1,
    createdAt: daysAgo(ageDays),
    updatedAt: daysAgo(ageDays),
    lastRotatedAt: null,
    rotationDays: null,
    status: 'active',
    notes: null,
    ...extra,
  };
}

describe('rotation report (vault status and reminders)', () => {
  const policy = { maxAgeDays: 90, masterReminderDays: 90 };

  it('lists due and overdue keys by their own period or the default, most overdue first', () => {
    const report = rotationReport(
      [
        key('FRESH', 10),
        key('SOON', 85),
        key('OLD', 120),
        key('SHORT', 40, { rotationDays: 30 }),
        key('GONE', 400, { status: 'retired' }),
      ],
      daysAgo(10),
      policy,
      now,
    );
    assert.deepEqual(
      report.keys.map((k) => [k.name, k.state]),
      [
        ['OLD', 'overdue'],
        ['SHORT', 'overdue'],
        ['SOON', 'due-soon'],
      ],
    );
    assert.equal(report.overdue, true);
    assert.match(describeDue(report.keys[0]), /OLD \(default\) is 30 days overdue/);
    assert.match(describeDue(report.keys[2]), /due in 5 days/);
  });

  it('counts a compromised key as overdue whatever its age', () => {
    const report = rotationReport([key('LEAKED', 1, { status: 'compromised' })], daysAgo(1), policy, now);
    assert.equal(report.keys[0].state, 'overdue');
    assert.match(describeDue(report.keys[0]), /compromised/);
  });

  it('reports the master key by its age against the reminder period', () => {
    const young = rotationReport([], daysAgo(30), policy, now);
    assert.equal(young.overdue, false);
    assert.equal(young.master.state, 'ok');
    const old = rotationReport([], daysAgo(91), policy, now);
    assert.equal(old.master.state, 'overdue');
    assert.equal(old.overdue, true);
    assert.match(describeMaster(old.master), /91 days old/);
  });
});
