import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type * as Sarif from 'sarif';
import { runCli } from '../../../src/cli/main';
import type { Baseline } from '../../../src/core/scan/baseline';
import type { JsonReport } from '../../../src/core/scan/report/json';
import { captureIO } from '../../fixtures/cli-scan/io';
import { genericAssignment, randomAlnum } from '../../fixtures/cli-scan/secrets';
import { sarifSchemaErrors } from '../../fixtures/sarif/validate';
import { CLI } from '../../support/cli';
import { useDist } from '../../support/dist';
import { parseJson } from '../../support/json';

const RED = '\u001b[31m';
const assertPlain = (text: string) => assert.equal(stripVTControlCharacters(text), text, 'no escape sequences');

async function run(cwd: string, args: string[], options: { env?: NodeJS.ProcessEnv; tty?: boolean } = {}) {
  const captured = captureIO(cwd, options);
  const code = await runCli(['scan', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('keyward scan', () => {
  let dir: string;
  let secret: string;
  beforeEach(() => {
    // Outside any git repository, so the scan root is the directory itself.
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'keyward-scan-')));
    const assignment = genericAssignment();
    secret = assignment.secret;
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', 'clean.ts'), 'export const answer = 42;\n');
    writeFileSync(path.join(dir, 'src', 'settings.py'), `DEBUG = True\n${assignment.line}\n`);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 with a clean summary when nothing is found', async () => {
    rmSync(path.join(dir, 'src', 'settings.py'));
    const r = await run(dir, []);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^No findings; 1 file scanned, 0\.00 MB in \d+ ms\n$/);
  });

  it('exits 1 and prints path:line:col, rule and masked value for a finding', async () => {
    const r = await run(dir, []);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^src\/settings\.py:2:\d+\s+error\s+\S+\s+\S*\.\.\.\.\S{4}\s+\S/m);
    assert.match(r.stdout, /1 finding in 1 file \(1 error\); 2 files scanned/);
    assert.ok(!r.stdout.includes(secret));
  });

  it('shows info-level findings (a token failing its checksum) without failing the scan', async () => {
    rmSync(path.join(dir, 'src', 'settings.py'));
    // 36 random characters: the last 6 are GitHub's CRC32 checksum, which this almost surely fails.
    writeFileSync(path.join(dir, 'src', 'token.ts'), `const token = "${'ghp_'}${randomAlnum(36)}";\n`);
    const r = await run(dir, []);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /^src\/token\.ts:1:\d+\s+info\s+/m);
    assert.match(r.stdout, /1 finding in 1 file \(1 info\)/);
  });

  it('scans only the named paths, resolved from the current directory', async () => {
    const r = await run(path.join(dir, 'src'), ['clean.ts']);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /1 file scanned/);
  });

  it('colours output only on a TTY without NO_COLOR', async () => {
    assert.ok((await run(dir, [], { tty: true })).stdout.includes(RED));
    assertPlain((await run(dir, [], { tty: true, env: { NO_COLOR: '1' } })).stdout);
    assertPlain((await run(dir, [], { tty: false })).stdout);
  });

  it('prints JSON with version, findings and summary', async () => {
    const r = await run(dir, ['--format', 'json']);
    assert.equal(r.code, 1);
    const report = parseJson<JsonReport>(r.stdout);
    assert.match(report.version, /^\d+\.\d+\.\d+/);
    assert.equal(report.findings.length, 1);
    assert.equal(report.findings[0].file, 'src/settings.py');
    assert.equal(report.summary.filesScanned, 2);
  });

  it('writes schema-valid SARIF to --output and a summary to stdout', async () => {
    const out = path.join(dir, 'reports', 'keyward.sarif');
    const r = await run(dir, ['--format', 'sarif', '--output', out]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^1 finding in 1 file .*\nReport written to .*keyward\.sarif\n$/);
    const log = parseJson<Sarif.Log>(readFileSync(out, 'utf8'));
    assert.deepEqual(sarifSchemaErrors(log), []);
    const result = log.runs[0].results![0];
    assert.equal(result.locations![0].physicalLocation!.artifactLocation!.uri, 'src/settings.py');
    assert.equal(result.locations![0].physicalLocation!.region!.startLine, 2);
    assert.equal(log.runs[0].tool.driver.rules![result.ruleIndex!].id, result.ruleId);
  });

  it('honours .gitignore unless --no-gitignore', async () => {
    writeFileSync(path.join(dir, '.gitignore'), 'settings.py\n');
    assert.equal((await run(dir, [])).code, 0);
    assert.equal((await run(dir, ['--no-gitignore'])).code, 1);
  });

  describe('errors (exit 2, message on stderr)', () => {
    const cases: [string, string[], RegExp, (d: string) => void][] = [
      ['an unknown flag', ['--frmat', 'json'], /Unknown option '--frmat'/, () => {}],
      ['a bad format', ['--format', 'xml'], /--format must be one of text, json, sarif/, () => {}],
      ['a missing path', ['no/such/dir'], /Cannot scan no\/such\/dir/, () => {}],
      [
        'an invalid config',
        [],
        /Invalid .*config\.json: disabledRules/,
        (d) => {
          mkdirSync(path.join(d, '.keyward'));
          writeFileSync(path.join(d, '.keyward', 'config.json'), '{ "disabledRules": "all" }');
        },
      ],
      [
        '--update-baseline on a partial scan',
        ['src', '--update-baseline'],
        /--update-baseline needs a full scan/,
        () => {},
      ],
      ['a missing explicit baseline', ['--baseline', 'nope.json'], /baseline .*nope\.json does not exist/, () => {}],
      [
        'a corrupt baseline',
        [],
        /baseline .* is invalid at findings/,
        (d) => {
          mkdirSync(path.join(d, '.keyward'));
          writeFileSync(path.join(d, '.keyward', 'baseline.json'), '{ "version": 1, "findings": [{}] }');
        },
      ],
    ];
    for (const [what, args, message, setup] of cases) {
      it(`rejects ${what}`, async () => {
        setup(dir);
        const r = await run(dir, args);
        assert.equal(r.code, 2);
        assert.match(r.stderr, message);
        assert.equal(r.stdout, '');
      });
    }
  });

  describe('baseline', () => {
    it('--update-baseline accepts current findings, which then no longer fail the scan', async () => {
      const update = await run(dir, ['--update-baseline']);
      assert.equal(update.code, 0);
      assert.match(update.stderr, /baseline .*baseline\.json now accepts 1 finding/);
      const baseline = parseJson<Baseline>(readFileSync(path.join(dir, '.keyward', 'baseline.json'), 'utf8'));
      assert.equal(baseline.findings[0].file, 'src/settings.py');
      assert.equal(baseline.findings[0].line, 2);

      const again = await run(dir, []);
      assert.equal(again.code, 0, again.stdout);
      assert.match(again.stdout, /1 suppressed by baseline/);
    });

    it('still reports a new secret on an accepted line', async () => {
      await run(dir, ['--update-baseline']);
      const replacement = genericAssignment();
      writeFileSync(path.join(dir, 'src', 'settings.py'), `DEBUG = True\n${replacement.line}\n`);
      const r = await run(dir, []);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /src\/settings\.py:2:/);
    });

    it('uses an explicit --baseline file', async () => {
      const file = path.join(dir, 'accepted.json');
      assert.equal((await run(dir, ['--baseline', file, '--update-baseline'])).code, 0);
      assert.equal((await run(dir, ['--baseline', file])).code, 0);
      assert.equal((await run(dir, [])).code, 1, 'the default baseline was not written');
    });
  });

  describe('built', () => {
    useDist();

    it('runs as a built executable: exit code, plain output when piped', () => {
      const r = spawnSync(process.execPath, [CLI, 'scan', 'src'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '' },
      });
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, /^src\/settings\.py:2:\d+\s+error/m);
      assertPlain(r.stdout);
      assert.ok(!r.stdout.includes(secret) && !r.stderr.includes(secret));
      const bad = spawnSync(process.execPath, [CLI, 'scan', '--nope'], { cwd: dir, encoding: 'utf8' });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /Unknown option '--nope'/);
    });
  });
});
