import assert from 'node:assert/strict';
import { rotationStatus } from '../../../src/core/vault/due';
import { useTempDir } from '../../support/tempDir';
import { newVault, plantedValue } from '../../support/vault';

describe('vault copies in text', () => {
  const dir = useTempDir();

  it('finds hard-coded copies of current and rotated-out values by fingerprint', async () => {
    const { vault } = await newVault(dir());
    const old = plantedValue();
    const current = plantedValue();
    await vault.add({ name: 'PAYMENTS', value: old });
    await vault.rotate('PAYMENTS', current);
    const text = `const a = "${current}";\nTOKEN=${old}\nconst unrelated = "${plantedValue()}";\n`;
    const copies = vault.findCopies(text);
    assert.deepEqual(
      copies.map((c) => [text.slice(c.start, c.end), c.keyName]),
      [
        [current, 'PAYMENTS'],
        [old, 'PAYMENTS'],
      ],
    );
  });

  it('finds nothing in an empty vault', async () => {
    const { vault } = await newVault(dir());
    assert.deepEqual(vault.findCopies('TOKEN=abcdefghijklmnop'), []);
  });
});

describe('rotation status', () => {
  const key = (createdAt: string, rotationDays: number | null = null, lastRotatedAt: string | null = null) => ({
    id: 'x',
    name: 'K',
    provider: null,
    environment: 'default',
    masked: '********',
    version: 1,
    createdAt,
    updatedAt: createdAt,
    lastRotatedAt,
    rotationDays,
    status: 'active' as const,
    notes: null,
  });
  const now = new Date('2026-06-01T00:00:00Z');

  it('is ok, due soon, then overdue against the default period', () => {
    assert.equal(rotationStatus(key('2026-05-01T00:00:00Z'), 90, now).state, 'ok');
    assert.equal(rotationStatus(key('2026-03-10T00:00:00Z'), 90, now).state, 'due-soon');
    const overdue = rotationStatus(key('2026-01-01T00:00:00Z'), 90, now);
    assert.deepEqual([overdue.state, overdue.ageDays, overdue.daysLeft], ['overdue', 151, -61]);
  });

  it("prefers the key's own period and counts from the last rotation", () => {
    assert.equal(rotationStatus(key('2026-05-01T00:00:00Z', 7), 90, now).state, 'overdue');
    assert.equal(rotationStatus(key('2025-01-01T00:00:00Z', null, '2026-05-30T00:00:00Z'), 90, now).state, 'ok');
  });
});
