// Never leak: whatever the output channel, a planted secret must not appear in plaintext.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { JsonReport } from '../../../src/core/scan/report/json';
import { git, tempRepo } from '../../fixtures/cli-scan/git';
import { captureIO } from '../../fixtures/cli-scan/io';
import { genericAssignment, privateKeyBlock, randomAlnum } from '../../fixtures/cli-scan/secrets';
import { parseJson } from '../../support/json';

describe('keyward scan never prints a secret', () => {
  let repo: string;
  const transcript: string[] = [];
  let secrets: string[];

  before(async () => {
    repo = tempRepo('keyward-leak-');
    const assignment = genericAssignment('client_secret');
    const pem = privateKeyBlock();
    const password = randomAlnum(20);
    secrets = [assignment.secret, pem.secret, password];
    writeFileSync(
      path.join(repo, 'settings.py'),
      `${assignment.line}\nDATABASE_URL = "postgres://app:${password}@db.internal:5432/app"\n`,
    );
    writeFileSync(path.join(repo, 'deploy.pem'), pem.text);
    git(repo, 'add', '.');

    const runs = [
      [],
      ['--format', 'json'],
      ['--format', 'sarif'],
      ['--staged'],
      ['--staged', '--format', 'sarif'],
      ['--format', 'json', '--output', path.join(repo, 'out', 'report.json')],
      ['--format', 'sarif', '--output', path.join(repo, 'out', 'report.sarif')],
      ['--update-baseline'],
      ['--format', 'text', '--baseline', 'nope.json'],
    ];
    for (const args of runs) {
      const captured = captureIO(repo, { tty: true });
      const code = await runCli(['scan', ...args], captured.io);
      transcript.push(`exit ${code}`, captured.stdout(), captured.stderr());
    }
    for (const file of readdirSync(path.join(repo, 'out')))
      transcript.push(readFileSync(path.join(repo, 'out', file), 'utf8'));
    transcript.push(readFileSync(path.join(repo, '.keyward', 'baseline.json'), 'utf8'));
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('found the planted secrets (so the check below is meaningful)', () => {
    const json = parseJson<JsonReport>(transcript[4]);
    assert.ok(json.findings.length >= 3, `expected 3+ findings, got ${json.findings.length}`);
    assert.ok(transcript.includes('exit 1'));
  });

  it('has none of them, whole or as a 12-character prefix, in stdout, stderr, reports or the baseline', () => {
    const all = transcript.join('\n');
    for (const secret of secrets) {
      for (const needle of [secret, secret.slice(0, 12), secret.slice(-12)]) {
        assert.ok(!all.includes(needle), 'a planted secret appeared in the output');
      }
    }
  });
});
