// The history scan as the editor runs it (issue 12, item 2): on a worker thread, with progress,
// masked commit subjects, and a cancel that ends git at once.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultScanConfig } from '../../../src/core/scan/config';
import { isKeywardError } from '../../../src/core/errors';
import type { HistoryJob } from '../../../src/core/scan/history/job';
import { runHistoryJobOffThread } from '../../../src/core/scan/history/thread';
import { tempRepo } from '../../fixtures/cli-scan/git';
import { commitAll } from '../../fixtures/cli-scan/history';
import { writeHistoryRepo } from '../../fixtures/cli-scan/historyRepo';
import { githubToken } from '../../fixtures/cli-scan/secrets';
import { processAlive, spyOnGit } from '../../support/gitSpy';

const write = (repo: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
};

const job = (root: string, overrides: Partial<HistoryJob> = {}): HistoryJob => ({
  root,
  range: { revisions: [], all: false },
  paths: [],
  config: defaultScanConfig(),
  trusted: true,
  ...overrides,
});

describe('history scan job (worker thread)', function () {
  this.timeout(120_000);
  const cleanup: string[] = [];
  afterEach(() => {
    for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('reports a token added in commit 3 and deleted in commit 5 once, at commit 3, with its subject', async () => {
    const repo = tempRepo('keyward-history-job-');
    cleanup.push(repo);
    const token = githubToken();
    const shas: string[] = [];
    write(repo, 'README.md', '# demo\n');
    shas.push(commitAll(repo, 'one', { date: '2021-01-01T10:00:00Z' }));
    write(repo, 'src/config.js', 'export const region = "eu";\n');
    shas.push(commitAll(repo, 'two', { date: '2021-02-01T10:00:00Z' }));
    write(repo, 'src/config.js', `export const region = "eu";\nexport const token = "${token}";\n`);
    shas.push(commitAll(repo, 'three: add the deploy token', { author: 'Ann Author', date: '2021-03-01T10:00:00Z' }));
    write(repo, 'src/config.js', `export const region = "us";\nexport const token = "${token}";\n`);
    shas.push(commitAll(repo, 'four', { date: '2021-04-01T10:00:00Z' }));
    write(repo, 'src/config.js', 'export const region = "us";\n');
    shas.push(commitAll(repo, 'five: drop the token', { date: '2021-05-01T10:00:00Z' }));

    let total: number | undefined;
    const result = await runHistoryJobOffThread(job(repo), { onTotal: (commits) => (total = commits) });
    assert.equal(total, 5);
    assert.equal(result.commitsScanned, 5);
    assert.deepEqual(
      result.findings.map((f) => [f.file, f.line, f.ruleId, f.commit?.sha, f.commit?.author, f.commit?.commits]),
      [['src/config.js', 2, 'github-ghp-token', shas[2], 'Ann Author', 1]],
    );
    assert.deepEqual(result.subjects, { [shas[2]]: 'three: add the deploy token' });
    assert.ok(!JSON.stringify(result).includes(token), 'the result holds the token');
  });

  it('masks a secret written into a commit subject', async () => {
    const repo = tempRepo('keyward-history-job-');
    cleanup.push(repo);
    const token = githubToken();
    write(repo, 'ci.env', `GITHUB_TOKEN=${token}\n`);
    const sha = commitAll(repo, `use ${token} for CI\u001b[2J`, { date: '2021-01-01T10:00:00Z' });
    const result = await runHistoryJobOffThread(job(repo));
    const subject = result.subjects[sha];
    assert.ok(subject !== undefined && !subject.includes(token), subject);
    assert.match(subject, /^use ghp_\S*\.\.\.\.\S+ for CI/);
    assert.ok(!subject.includes('\u001b'), 'a terminal escape reached the subject');
  });

  it('honours inline suppressions and the config as the CLI does', async () => {
    const repo = tempRepo('keyward-history-job-');
    cleanup.push(repo);
    write(repo, 'a.js', `const t = "${githubToken()}"; // keyward-ignore\n`);
    write(repo, 'vendor/b.js', `const t = "${githubToken()}";\n`);
    commitAll(repo, 'suppressed and excluded', { date: '2021-01-01T10:00:00Z' });
    const config = { ...defaultScanConfig(), exclude: ['vendor/'] };
    const result = await runHistoryJobOffThread(job(repo, { config }));
    assert.deepEqual(result.findings, []);
    assert.equal(result.commitsScanned, 1);
  });

  it('scans a repository without commits as an empty history', async () => {
    const repo = tempRepo('keyward-history-job-');
    cleanup.push(repo);
    const result = await runHistoryJobOffThread(job(repo));
    assert.equal(result.commitsScanned, 0);
    assert.deepEqual(result.findings, []);
  });

  it("carries git's failure across the thread as a Keyward error", async () => {
    const repo = tempRepo('keyward-history-job-');
    cleanup.push(repo);
    commitAll(repo, 'one', { date: '2021-01-01T10:00:00Z' });
    const failure = await runHistoryJobOffThread(job(repo, { range: { revisions: ['no-such-ref'], all: false } })).then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.ok(isKeywardError(failure), String(failure));
    assert.match(failure.message, /^git rev-list failed \(exit 128\): fatal: .*no-such-ref/);
  });

  it('cancel ends git and stops the scan promptly, long before the history is read', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'keyward-history-cancel-'));
    cleanup.push(repo);
    await writeHistoryRepo(repo, 4000);
    const spy = spyOnGit('log');
    try {
      const abort = new AbortController();
      let commitsAtCancel = 0;
      let total = 0;
      const outcome = await runHistoryJobOffThread(job(repo), {
        signal: abort.signal,
        onTotal: (commits) => (total = commits),
        onProgress: (commits) => {
          if (commits > 0 && !abort.signal.aborted) {
            commitsAtCancel = commits;
            abort.abort();
          }
        },
      }).then(
        () => 'finished',
        (error: Error) => error.name,
      );
      assert.equal(outcome, 'AbortError');
      assert.equal(total, 4000);
      assert.ok(commitsAtCancel > 0 && commitsAtCancel < total, `cancelled at ${commitsAtCancel} of ${total}`);
      assert.equal(spy.pids().length, 1, 'git log ran once');
      assert.deepEqual(spy.pids().filter(processAlive), [], 'git log outlived the cancelled scan');
    } finally {
      spy.restore();
    }
  });
});
