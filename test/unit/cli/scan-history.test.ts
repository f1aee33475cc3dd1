// `keyward scan --history`: every line added by every commit, each secret once at the commit
// that first added it (issue 12, item 1).
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { runCli } from '../../../src/cli/main';
import type { JsonReport } from '../../../src/core/scan/report/json';
import { git, tempRepo } from '../../fixtures/cli-scan/git';
import { commitAll } from '../../fixtures/cli-scan/history';
import { captureIO } from '../../fixtures/cli-scan/io';
import { githubToken } from '../../fixtures/cli-scan/secrets';
import { sarifSchemaErrors } from '../../fixtures/sarif/validate';

async function scan(cwd: string, ...args: string[]) {
  const captured = captureIO(cwd);
  const code = await runCli(['scan', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

async function json(cwd: string, ...args: string[]) {
  const r = await scan(cwd, '--format', 'json', ...args);
  assert.notEqual(r.code, 2, r.stderr);
  return JSON.parse(r.stdout) as JsonReport;
}

const write = (repo: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
};

describe('keyward scan --history', function () {
  this.timeout(30_000);
  let repo: string;
  let token: string;
  const shas: string[] = [];

  /** Commit 3 adds a GitHub token, commit 4 edits around it, commit 5 deletes it. */
  beforeEach(() => {
    repo = tempRepo('keyward-history-');
    token = githubToken();
    shas.length = 0;
    write(repo, 'README.md', '# demo\n');
    shas.push(commitAll(repo, 'one', { date: '2021-01-01T10:00:00Z' }));
    write(repo, 'src/config.js', 'export const region = "eu";\n');
    shas.push(commitAll(repo, 'two', { date: '2021-02-01T10:00:00Z' }));
    write(repo, 'src/config.js', `export const region = "eu";\nexport const token = "${token}";\n`);
    shas.push(
      commitAll(repo, 'three', {
        author: 'Ann Author',
        email: 'ann@example.invalid',
        date: '2021-03-04T05:06:07+02:00',
      }),
    );
    write(
      repo,
      'src/config.js',
      `export const region = "us";\nexport const token = "${token}";\nexport const retries = 3;\n`,
    );
    shas.push(commitAll(repo, 'four', { date: '2021-04-01T10:00:00Z' }));
    write(repo, 'src/config.js', 'export const region = "us";\nexport const retries = 3;\n');
    shas.push(commitAll(repo, 'five', { date: '2021-05-01T10:00:00Z' }));
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('reports a token deleted since once, at the commit that added it, with author and date', async () => {
    assert.equal((await scan(repo)).code, 0, 'the working tree is clean');
    const r = await scan(repo, '--history');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^src\/config\.js:2:\d+\s+error\s+github-ghp-token\s/m);
    assert.ok(
      r.stdout.includes(`added in ${shas[2].slice(0, 12)} by Ann Author <ann@example.invalid> on 2021-03-04\n`),
    );
    assert.match(r.stdout, /1 finding in 1 file \(1 error\); 5 commits, 4 file changes scanned/);
    assert.ok(!r.stdout.includes(token) && !r.stderr.includes(token));

    const report = await json(repo, '--history');
    assert.equal(report.findings.length, 1);
    const [finding] = report.findings;
    assert.deepEqual(finding.commit, {
      sha: shas[2],
      author: 'Ann Author',
      email: 'ann@example.invalid',
      date: '2021-03-04T05:06:07+02:00',
      commits: 1,
    });
    assert.equal(finding.line, 2);
    assert.equal(report.summary.commitsScanned, 5);
  });

  it('writes SARIF 2.1.0 with versionControlProvenance and the commit in partialFingerprints', async () => {
    const r = await scan(repo, '--history', '--format', 'sarif');
    const log = JSON.parse(r.stdout) as Log;
    assert.deepEqual(sarifSchemaErrors(log), []);
    const run = log.runs[0];
    assert.equal(run.results!.length, 1);
    const result = run.results![0];
    assert.equal(result.partialFingerprints!.commitSha, shas[2]);
    assert.equal(result.locations![0].physicalLocation!.artifactLocation!.uri, 'src/config.js');
    assert.equal(result.locations![0].physicalLocation!.region!.startLine, 2);
    assert.deepEqual(run.versionControlProvenance, [
      { repositoryUri: `file://${repo}/`, revisionId: shas[4], branch: 'main', mappedTo: { uriBaseId: '%SRCROOT%' } },
    ]);
    assert.ok(!r.stdout.includes(token));
  });

  it('counts every commit that adds the secret again, and keeps the first', async () => {
    write(repo, 'src/config.js', `export const token = "${token}";\n`); // re-added after the deletion
    shas.push(commitAll(repo, 'six', { date: '2021-06-01T10:00:00Z' }));
    write(repo, 'deploy/env.sh', `export GITHUB_TOKEN=${token}\n`); // copied elsewhere
    shas.push(commitAll(repo, 'seven', { date: '2021-07-01T10:00:00Z' }));
    git(repo, 'mv', 'deploy/env.sh', 'deploy/ci.sh'); // a rename adds no line
    shas.push(commitAll(repo, 'eight', { date: '2021-08-01T10:00:00Z' }));
    const report = await json(repo, '--history');
    assert.equal(report.findings.length, 1);
    assert.equal(report.findings[0].commit!.sha, shas[2]);
    assert.equal(report.findings[0].commit!.commits, 3);
    assert.equal(report.findings[0].file, 'src/config.js');
  });

  it('takes revisions, ranges and time windows as git log does', async () => {
    assert.equal((await json(repo, '--history', shas[1])).findings.length, 0, 'before the token');
    assert.equal((await json(repo, '--history', `${shas[1]}..${shas[3]}`)).findings.length, 1);
    assert.equal((await json(repo, '--history', `${shas[2]}..HEAD`)).findings.length, 0, 'commit 4 only keeps it');
    assert.equal((await json(repo, '--history', '--since', '2021-03-10')).findings.length, 0);
    assert.equal((await json(repo, '--history', '--since', '2021-03-01', '--until', '2021-03-31')).findings.length, 1);
  });

  it('--all reads every ref, such as a branch HEAD does not reach', async () => {
    git(repo, 'checkout', '-q', '-b', 'experiment');
    const other = githubToken();
    write(repo, 'try.py', `TOKEN = "${other}"\n`);
    commitAll(repo, 'experiment', { date: '2021-09-01T10:00:00Z' });
    git(repo, 'checkout', '-q', 'main');
    assert.equal((await json(repo, '--history')).findings.length, 1);
    const all = await json(repo, '--history', '--all');
    assert.deepEqual(all.findings.map((f) => f.file).sort(), ['src/config.js', 'try.py']);
  });

  it('limits the history to paths given after --', async () => {
    write(repo, 'other/key.txt', `token ${githubToken()}\n`);
    commitAll(repo, 'other', { date: '2021-09-01T10:00:00Z' });
    const limited = await json(repo, '--history', '--', 'other');
    assert.deepEqual(
      limited.findings.map((f) => f.file),
      ['other/key.txt'],
    );
  });

  it('reports what a merge commit itself introduces', async () => {
    git(repo, 'checkout', '-q', '-b', 'side', shas[4]);
    write(repo, 'README.md', '# demo (side)\n');
    commitAll(repo, 'side', { date: '2021-06-01T10:00:00Z' });
    git(repo, 'checkout', '-q', 'main');
    write(repo, 'README.md', '# demo (main)\n');
    commitAll(repo, 'main', { date: '2021-06-02T10:00:00Z' });
    assert.throws(() => git(repo, 'merge', '-q', 'side'));
    const resolution = githubToken();
    write(repo, 'README.md', `# demo\ntoken: ${resolution}\n`);
    const merge = commitAll(repo, 'merge side', { date: '2021-06-03T10:00:00Z' });
    const report = await json(repo, '--history');
    const found = report.findings.find((f) => f.file === 'README.md');
    assert.equal(found?.commit?.sha, merge);
  });

  it('honours the baseline, inline suppressions and the config', async () => {
    const update = await scan(repo, '--history', '--update-baseline');
    assert.equal(update.code, 0, update.stderr);
    const again = await json(repo, '--history');
    assert.equal(again.findings.length, 0);
    assert.equal(again.summary.suppressed, 1);

    write(repo, 'fixtures/sample.js', `const t = "${githubToken()}";\n`);
    write(repo, 'src/ok.js', `const t = "${githubToken()}"; // keyward-ignore\n`);
    commitAll(repo, 'more', { date: '2021-09-01T10:00:00Z' });
    assert.equal(
      (await json(repo, '--history')).findings.length,
      1,
      'the fixture is reported, the ignored line is not',
    );
    write(repo, '.keyward/config.json', JSON.stringify({ exclude: ['fixtures/**'] }));
    commitAll(repo, 'config', { date: '2021-09-02T10:00:00Z' });
    const excluded = await json(repo, '--history');
    assert.equal(excluded.findings.length, 0);
    assert.ok(excluded.summary.skipped >= 1);
  });

  it('keeps the working tree baseline when a history scan adds to it', async () => {
    write(repo, 'live.js', `const t = "${githubToken()}";\n`);
    assert.equal((await scan(repo, '--update-baseline')).code, 0);
    assert.equal((await scan(repo, '--history', '--update-baseline')).code, 0);
    assert.equal((await scan(repo)).code, 0, 'the working tree finding is still accepted');
    assert.equal((await scan(repo, '--history')).code, 0);
  });

  it('reads paths as bytes: spaces, quotes, non-UTF-8', async () => {
    const name = Buffer.concat([Buffer.from(`${repo}/we"ird `), Buffer.from([0x80]), Buffer.from('.txt')]);
    writeFileSync(name, `token ${githubToken()}\n`);
    commitAll(repo, 'weird', { date: '2021-09-01T10:00:00Z' });
    const report = await json(repo, '--history');
    assert.ok(
      report.findings.some((f) => f.file === 'we"ird \\200.txt'),
      JSON.stringify(report.findings.map((f) => f.file)),
    );
  });

  describe('errors (exit 2)', () => {
    const cases: [string, string[], RegExp][] = [
      ['a bad revision', ['--history', 'no-such-branch'], /git log failed.*bad revision 'no-such-branch'/],
      ['an option where a revision goes', ['--history', '-p'], /Unknown option '-p'/],
      ['--all without --history', ['--all'], /--all needs --history/],
      ['--since without --history', ['--since', 'yesterday'], /--since needs --history/],
      ['--staged with --history', ['--staged', '--history'], /choose one/],
      [
        '--update-baseline on a range',
        ['--history', 'HEAD~1', '--update-baseline'],
        /--update-baseline needs a full scan/,
      ],
    ];
    for (const [what, args, message] of cases) {
      it(`rejects ${what}`, async () => {
        const r = await scan(repo, ...args);
        if (what.includes('looks like an option'))
          return assert.notEqual(r.code, 2, 'after -- it is a path, not an option');
        assert.equal(r.code, 2, r.stdout);
        assert.match(r.stderr, message);
      });
    }

    it('outside a git repository', async () => {
      const r = await scan(path.dirname(repo), '--history');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--history needs a git repository/);
    });
  });
});
