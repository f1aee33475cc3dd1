import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import { respondToIncident } from '../../../src/core/incident/respond';
import { RevealRateLimiter } from '../../../src/core/vault/revealLimit';
import { Vault } from '../../../src/core/vault/vault';
import { useTempDir } from '../../support/tempDir';
import { newVault, plantedValue } from '../../support/vault';

describe('incident response', () => {
  const dir = useTempDir();

  it('marks keys compromised, rotates the master key and writes a masked report with timeline and checklist', async () => {
    const { vault, options } = await newVault(dir());
    const [a, b, other] = [plantedValue(), plantedValue(), plantedValue()];
    await vault.add({ name: 'STRIPE_KEY', value: a });
    await vault.add({ name: 'OTHER', value: other });
    await vault.add({ name: 'GH_TOKEN', value: b });
    await vault.reveal('STRIPE_KEY', 'copy to clipboard');
    await vault.revealForInjection(['OTHER'], 'cli run node');
    await vault.rotate('STRIPE_KEY', plantedValue());
    const folder = path.join(dir(), '.keyward', 'incidents');
    const next = generateMasterKey();
    const now = new Date('2025-03-04T05:06:07Z');
    const result = await respondToIncident(vault, {
      keys: ['STRIPE_KEY', 'GH_TOKEN'],
      folder,
      actor: 'alice (test)',
      now,
      rotated: ['STRIPE_KEY'],
      newMasterKey: next,
    });

    assert.equal(result.reportPath, path.join(folder, '2025-03-04-compromised-stripe-key-gh-token.md'));
    const report = readFileSync(result.reportPath, 'utf8');
    for (const value of [a, b, other]) assert.ok(!report.includes(value), 'no value in the report');
    // Rotated in this response: its compromised value is a previous version now, and it is active again.
    assert.match(report, /\| STRIPE_KEY \| default \| - \| `sk_test_\.\.\.\.\w{4}` \| 2 \| active \|/);
    assert.match(report, /\| GH_TOKEN \| default \| - \| `[^`]+` \| 1 \| compromised \|/);
    assert.match(report, /- \[ \] Rotate all affected API keys/, 'GH_TOKEN was not rotated');
    assert.match(report, /- \[x\] Generate a new ENCRYPTION_KEY/);
    assert.match(report, /- \[x\] Re-encrypt all stored keys/);
    assert.match(report, /- \[ \] Audit access logs/);
    assert.match(report, /- \[ \] Notify affected users/);
    assert.match(report, /- \[x\] Document the incident/);
    assert.match(report, /\| key-reveal \| STRIPE_KEY \|/);
    assert.match(report, /\| master-rotate \|/);
    assert.doesNotMatch(report, /key-inject/, 'the timeline keeps to the affected keys');

    const reopened = Vault.open({ ...options, masterKey: next });
    assert.deepEqual(
      reopened
        .list()
        .filter((k) => k.status === 'compromised')
        .map((k) => k.name),
      ['GH_TOKEN'],
    );
    assert.equal(reopened.auditLog().at(-1)?.action, 'incident');
    const second = await respondToIncident(reopened, {
      keys: ['GH_TOKEN'],
      folder,
      actor: 'alice (test)',
      now,
      title: 'compromised STRIPE_KEY, GH_TOKEN',
    });
    assert.match(second.reportPath, /-2\.md$/, 'an earlier report is never overwritten');
    await assert.rejects(respondToIncident(reopened, { keys: ['NOPE'], folder, actor: 'x' }), /No key named NOPE/);
  });

  it('limits reveals per minute with a sliding window', () => {
    let now = 0;
    const limiter = new RevealRateLimiter(
      () => 3,
      () => now,
    );
    for (let i = 0; i < 3; i++) {
      assert.equal(limiter.check().allowed, true);
      limiter.record();
    }
    assert.deepEqual(limiter.check(), { recent: 3, allowed: false });
    now = 59_999;
    assert.equal(limiter.check().allowed, false);
    now = 60_000;
    assert.deepEqual(limiter.check(2), { recent: 0, allowed: true });
    assert.equal(new RevealRateLimiter(() => 0).check(1000).allowed, true, '0 means no limit');
  });
});
