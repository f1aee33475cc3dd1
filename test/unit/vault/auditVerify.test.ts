import assert from 'node:assert/strict';
import { exportAudit, type AuditExportJson } from '../../../src/core/vault/auditExport';
import { Vault, type VaultOptions } from '../../../src/core/vault/vault';
import { parseJson } from '../../support/json';
import { useTempDir } from '../../support/tempDir';
import { newVault, plantedValue } from '../../support/vault';
import { tamper } from './tamper';

/** A vault whose log has 8 entries: create, 3 adds, 2 reveals, a rename, an import. */
async function logged(dir: string): Promise<VaultOptions> {
  const { vault, options } = await newVault(dir);
  for (const name of ['A', 'B', 'C']) await vault.add({ name, value: plantedValue() });
  await vault.reveal('A', 'copy');
  await vault.reveal('B', 'copy');
  await vault.rename('C', 'D');
  await vault.addMany([{ name: 'E', value: plantedValue() }], { importedFrom: '.env' });
  assert.equal(vault.auditLog().length, 8);
  vault.close();
  return options;
}

async function problemAfter(options: VaultOptions, ...statements: string[]) {
  await tamper(options.path, ...statements);
  return Vault.open(options).verifyAudit().problem;
}

describe('audit log verification (edits made directly in the SQLite file)', () => {
  const dir = useTempDir();

  it('passes an untouched log, and records imports as imports', async () => {
    const vault = Vault.open(await logged(dir()));
    assert.deepEqual(vault.verifyAudit(), { entries: 8, problem: undefined });
    assert.match(vault.auditLog()[7].detail, /^1 keys from \.env: E$/);
    assert.equal(vault.auditLog()[7].action, 'key-import');
  });

  const cases: [string, string[], number, string][] = [
    ['an edited detail', ["UPDATE audit_log SET detail = 'nothing' WHERE seq = 4"], 4, 'altered'],
    ['an edited actor', ["UPDATE audit_log SET actor = 'someone else' WHERE seq = 2"], 2, 'altered'],
    [
      'a forged MAC',
      ['UPDATE audit_log SET mac = (SELECT mac FROM audit_log WHERE seq = 6) WHERE seq = 5'],
      5,
      'altered',
    ],
    ['a deleted entry (gap)', ['DELETE FROM audit_log WHERE seq = 5'], 5, 'deleted'],
    [
      'a deleted entry, the rest renumbered',
      ['DELETE FROM audit_log WHERE seq = 3', 'UPDATE audit_log SET seq = seq - 1 WHERE seq > 3'],
      3,
      'deleted',
    ],
    ['the last entries cut off', ['DELETE FROM audit_log WHERE seq >= 7'], 7, 'deleted'],
    ['the whole log emptied', ['DELETE FROM audit_log'], 1, 'deleted'],
    [
      'two entries swapped by seq',
      [
        'UPDATE audit_log SET seq = 100 WHERE seq = 5',
        'UPDATE audit_log SET seq = 5 WHERE seq = 6',
        'UPDATE audit_log SET seq = 6 WHERE seq = 100',
      ],
      5,
      'reordered',
    ],
    [
      'two entries swapped by content',
      [
        'CREATE TEMP TABLE t AS SELECT * FROM audit_log WHERE seq IN (3, 4)',
        'UPDATE audit_log SET (ts, action, key_name, actor, detail, mac) = (SELECT ts, action, key_name, actor, detail, mac FROM t WHERE t.seq = 7 - audit_log.seq) WHERE seq IN (3, 4)',
      ],
      3,
      'reordered',
    ],
    [
      'the head anchor moved back',
      ["UPDATE meta SET value = '3:' || substr(value, instr(value, ':') + 1) WHERE key = 'audit_head'"],
      8,
      'altered',
    ],
  ];
  for (const [what, statements, seq, kind] of cases) {
    it(`catches ${what} at entry ${seq}`, async () => {
      const problem = await problemAfter(await logged(dir()), ...statements);
      assert.equal(problem?.seq, seq, problem?.message);
      assert.equal(problem?.kind, kind, problem?.message);
    });
  }

  it('exports CSV with spreadsheet formulas neutralised, and JSON with the verification result', async () => {
    const options = await logged(dir());
    const vault = Vault.open(options);
    await vault.rename('D', 'F');
    const entries = vault.auditLog().map((e) => (e.seq === 2 ? { ...e, detail: '=HYPERLINK("x")' } : e));
    const csv = exportAudit(entries, 'csv', vault.verifyAudit());
    assert.match(csv, /^seq,ts,action,keyName,actor,detail,mac\r\n1,/);
    assert.match(csv, /"'=HYPERLINK\(""x""\)"/);
    const json = parseJson<AuditExportJson>(exportAudit(entries, 'json', vault.verifyAudit()));
    assert.equal(json.verified, true);
    assert.equal(json.entries.length, 9);
  });
});
