// Issue 10 item 11: a scan names what it could not read (text, JSON, SARIF) and counts it, and
// fails closed (exit 2) when asked to, by flag or config.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import type { JsonReport } from '../../../src/core/scan/report/json';
import { keywardWithPermissions as keyward } from '../../support/asUser';
import { sarifSchemaErrors } from '../../fixtures/sarif/validate';
import { useDist } from '../../support/dist';

describe('keyward scan: unreadable files and folders', function () {
  this.timeout(60_000);
  let dir: string;
  useDist();
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'keyward-unreadable-'));
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, 'app.ts'), 'export const ok = 1;\n', { mode: 0o644 });
    mkdirSync(path.join(dir, 'private'), { mode: 0o755 });
    writeFileSync(path.join(dir, 'private', 'inner.ts'), 'x\n', { mode: 0o644 });
    writeFileSync(path.join(dir, 'locked.env'), 'A=1\n', { mode: 0o644 });
    chmodSync(path.join(dir, 'private'), 0o000);
    chmodSync(path.join(dir, 'locked.env'), 0o000);
  });
  afterEach(() => {
    chmodSync(path.join(dir, 'private'), 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('names them in the text report and counts them, exit 0 by default', () => {
    const r = keyward(['scan'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^Not scanned \(2\):\n {2}locked\.env\s+unreadable \(EACCES\)\n {2}private\/\s+unreadable \(EACCES\)\n/m,
    );
    assert.match(r.stdout, /No findings; 1 file scanned, .*2 files skipped \(2 unreadable\)/);
  });

  it('lists them with reason and cause in JSON', () => {
    const r = keyward(['scan', '--format', 'json'], dir);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(report.skipped, [
      { file: 'locked.env', reason: 'unreadable', detail: 'EACCES' },
      { file: 'private/', reason: 'unreadable', detail: 'EACCES' },
    ]);
    assert.equal(report.summary.unreadable, 2);
  });

  it('reports them as toolExecutionNotifications in schema-valid SARIF', () => {
    const r = keyward(['scan', '--format', 'sarif', '--fail-on-skipped'], dir);
    assert.equal(r.code, 2);
    const log = JSON.parse(r.stdout) as Log;
    assert.deepEqual(sarifSchemaErrors(log), []);
    const invocation = log.runs[0].invocations![0];
    assert.equal(invocation.executionSuccessful, false);
    assert.deepEqual(
      invocation.toolExecutionNotifications!.map((n) => [
        n.level,
        n.locations![0].physicalLocation!.artifactLocation!.uri,
        n.message.text,
      ]),
      [
        ['error', 'locked.env', 'Not scanned: locked.env (unreadable, EACCES)'],
        ['error', 'private/', 'Not scanned: private/ (unreadable, EACCES)'],
      ],
    );
  });

  it('--fail-on-skipped, or "failOnSkipped" in the config, exits 2 naming them', () => {
    const flagged = keyward(['scan', '--fail-on-skipped'], dir);
    assert.equal(flagged.code, 2);
    assert.match(flagged.stderr, /could not read 2 paths \(locked\.env, private\/\); fail-on-skipped is set/);
    mkdirSync(path.join(dir, '.keyward'), { mode: 0o755 });
    writeFileSync(path.join(dir, '.keyward', 'config.json'), '{ "failOnSkipped": true }', { mode: 0o644 });
    assert.equal(keyward(['scan'], dir).code, 2);
  });

  it('files skipped on purpose never fail the scan', () => {
    chmodSync(path.join(dir, 'private'), 0o755);
    chmodSync(path.join(dir, 'locked.env'), 0o644);
    writeFileSync(path.join(dir, 'yarn.lock'), 'x\n', { mode: 0o644 });
    writeFileSync(path.join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]), { mode: 0o644 });
    const r = keyward(['scan', '--fail-on-skipped'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout, /Not scanned|unreadable/);
    assert.match(r.stdout, /3 files scanned, .*2 files skipped$/m);
  });
});
