import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { generateMasterKey } from '../../../src/core/crypto/masterKey';
import type { AuditExportJson } from '../../../src/core/vault/auditExport';
import type { AuditVerification } from '../../../src/core/vault/auditVerify';
import { keyward } from '../../support/cli';
import { useDist } from '../../support/dist';
import { parseJson } from '../../support/json';
import { useTempDir } from '../../support/tempDir';
import { plantedValue } from '../../support/vault';
import { tamper } from '../vault/tamper';

describe('keyward audit (CLI)', function () {
  useDist();
  this.timeout(120_000);
  const dir = useTempDir();
  const masterKey = generateMasterKey().toString('base64');
  const run = (args: string[], input = '') =>
    keyward(args, { cwd: dir(), env: { KEYWARD_MASTER_KEY: masterKey }, input });

  it('verifies the log, exits 1 naming the first tampered entry, and exports CSV and JSON (audited)', async () => {
    const value = plantedValue();
    run(['vault', 'init']);
    run(['vault', 'add', 'A'], value);
    run(['vault', 'get', 'A']);
    const ok = run(['audit', 'verify']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /intact: 3 entries/);

    const csvFile = path.join(dir(), 'audit.csv');
    assert.equal(run(['audit', 'export', '--format', 'csv', '--output', 'audit.csv']).code, 0);
    const csv = readFileSync(csvFile, 'utf8');
    assert.match(csv, /^seq,ts,action,keyName,actor,detail,mac\r\n1,[^,]+,vault-create,/);
    assert.match(csv, /\r\n3,[^,]+,key-reveal,A,/);
    assert.equal(statSync(csvFile).mode & 0o077, 0, 'the export is private to its owner');
    const json = parseJson<AuditExportJson>(run(['audit', 'export', '--action', 'audit-export']).stdout);
    assert.equal(json.verified, true);
    assert.deepEqual(
      json.entries.map((e) => e.detail),
      ['3 entries as csv to audit.csv'],
    );
    assert.ok(!csv.includes(value));

    await tamper(path.join(dir(), '.keyward', 'vault.db'), 'DELETE FROM audit_log WHERE seq = 2');
    const bad = run(['audit', 'verify']);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /TAMPERED at entry 2 \(deleted\)/);
    assert.equal(parseJson<AuditVerification>(run(['audit', 'verify', '--json']).stdout).problem?.seq, 2);
    assert.equal(run(['audit', 'export', '--format', 'xml']).code, 2);
    assert.equal(run(['audit']).code, 2);
  });

  it('incident marks keys compromised and writes the report under .keyward/incidents', () => {
    run(['vault', 'init']);
    const value = plantedValue();
    run(['vault', 'add', 'LEAKED'], value);
    const r = run(['incident', '--keys', 'LEAKED']);
    assert.equal(r.code, 0, r.stderr);
    const [, report] = /Report: (\S+)/.exec(r.stderr)!;
    assert.match(report, /^\.keyward\/incidents\/\d{4}-\d\d-\d\d-compromised-leaked\.md$/);
    const text = readFileSync(path.join(dir(), report), 'utf8');
    assert.match(text, /\| LEAKED \|.*\| compromised \|/);
    assert.ok(!text.includes(value) && !r.stdout.includes(value) && !r.stderr.includes(value));
    assert.match(run(['vault', 'status']).stdout, /LEAKED .*compromised/);
    assert.equal(run(['vault', 'status', '--fail-on-overdue']).code, 1);
    assert.equal(run(['incident']).code, 2);
    assert.equal(run(['incident', '--keys', 'NOPE']).code, 1);
  });
});
