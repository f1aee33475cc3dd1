// Keyed fingerprints: a report's fingerprints cannot be used to test guesses of the secret
// without the repository's salt, which never appears in a report.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { runCli } from '../../../src/cli/main';
import type { Baseline } from '../../../src/core/scan/baseline';
import type { JsonReport } from '../../../src/core/scan/report/json';
import { captureIO } from '../../fixtures/cli-scan/io';
import { parseJson } from '../../support/json';

async function run(cwd: string, args: string[]) {
  const captured = captureIO(cwd);
  const code = await runCli(['scan', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

// A weak password of the kind a word list holds, assembled at run time.
const WORDS = ['Winter2023', 'Password1', 'Welcome1', 'Spring2024', `${'Summer'}${2024}`, 'Autumn2022', 'Qwerty123'];
const PASSWORD = `${WORDS[4]}!Xq`;
const guesses = WORDS.flatMap((w) => [w, `${w}!`, `${w}!Xq`, `${w}?`]);
const unkeyed = (ruleId: string, secret: string) => createHash('sha256').update(`${ruleId}\0${secret}`).digest('hex');

describe('keyward scan: keyed fingerprints', () => {
  let dir: string;
  const salt = () => path.join(dir, '.keyward', 'fingerprint-salt.json');
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'keyward-fp-')));
    writeFileSync(path.join(dir, 'settings.py'), `DB_PASSWORD="${PASSWORD}"\n`);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a word list no longer recovers a password from the SARIF fingerprints', async () => {
    const r = await run(dir, ['--format', 'sarif']);
    assert.equal(r.code, 1);
    const sarif = parseJson<Sarif.Log>(r.stdout);
    const [result] = sarif.runs[0].results!;
    const fingerprint = result.partialFingerprints!['keyward/v2'];
    assert.match(fingerprint, /^[0-9a-f]{64}$/);
    const recovered = guesses.find((g) => unkeyed(result.ruleId!, g) === fingerprint);
    assert.equal(recovered, undefined, 'the fingerprint is keyed');
    const key = parseJson<{ salt: string }>(readFileSync(salt(), 'utf8')).salt;
    assert.ok(!r.stdout.includes(key), 'the salt is not in the report');
    assert.match(r.stderr, /created \.keyward\/fingerprint-salt\.json: .*Commit it with the baseline/);
    const again = parseJson<Sarif.Log>((await run(dir, ['--format', 'sarif'])).stdout);
    assert.equal(
      again.runs[0].results![0].partialFingerprints!['keyward/v2'],
      fingerprint,
      'stable with the salt file',
    );
  });

  it('a text scan writes no salt file', async () => {
    assert.equal((await run(dir, [])).code, 1);
    assert.ok(!existsSync(salt()));
  });

  it('keeps honouring a format-1 baseline, warns until it is re-keyed, and re-keys only what it accepted', async () => {
    const first = parseJson<JsonReport>((await run(dir, ['--format', 'json'])).stdout).findings[0];
    writeFileSync(
      path.join(dir, '.keyward', 'baseline.json'),
      JSON.stringify({
        version: 1,
        findings: [
          { fingerprint: unkeyed(first.ruleId, PASSWORD), ruleId: first.ruleId, file: 'settings.py', line: 1 },
        ],
      }),
    );
    const old = await run(dir, ['--format', 'json']);
    assert.equal(old.code, 0, old.stderr);
    assert.match(old.stderr, /holds 1 unkeyed fingerprint\(s\) \(format 1\).*--rekey-baseline/);
    assert.ok(!old.stdout.includes(unkeyed(first.ruleId, PASSWORD)) && !old.stdout.includes('unkeyed'));

    writeFileSync(path.join(dir, 'other.py'), `DB_PASSWORD="${WORDS[5]}!Xq"\n`);
    const rekey = await run(dir, ['--rekey-baseline']);
    assert.equal(rekey.code, 1, 'the new finding is not accepted by re-keying');
    assert.match(rekey.stderr, /1 unkeyed fingerprint\(s\) re-keyed/);
    const baseline = parseJson<Baseline>(readFileSync(path.join(dir, '.keyward', 'baseline.json'), 'utf8'));
    assert.equal(baseline.version, 2);
    assert.deepEqual(
      baseline.findings.map((e) => [e.file, e.fingerprint, e.unkeyed]),
      [['settings.py', first.fingerprint, undefined]],
    );
    rmSync(path.join(dir, 'other.py'));
    const after = await run(dir, []);
    assert.equal(after.code, 0);
    assert.doesNotMatch(after.stderr, /unkeyed/);
  });

  it('refuses a baseline made with another salt, naming both', async () => {
    await run(dir, ['--update-baseline']);
    writeFileSync(salt(), JSON.stringify({ version: 1, salt: 'ab'.repeat(32) }));
    const r = await run(dir, []);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /made with fingerprint salt [0-9a-f]{16}, but this repository's salt is [0-9a-f]{16}/);
  });
});
