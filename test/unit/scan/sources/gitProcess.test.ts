// The git runner the CLI and the editor's history scan share: aborting ends git at once, so a
// cancelled scan neither reads further nor leaves git running.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gitProcess } from '../../../../src/core/scan/sources/git/process';
import { writeHistoryRepo } from '../../../fixtures/cli-scan/historyRepo';
import { processAlive, spyOnGit } from '../../../support/gitSpy';

describe('gitProcess', function () {
  this.timeout(60_000);
  let repo: string;
  before(async () => {
    repo = mkdtempSync(path.join(tmpdir(), 'keyward-git-process-'));
    await writeHistoryRepo(repo, 1500);
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('stops a streaming git log at the next read once aborted, and git is gone', async () => {
    const spy = spyOnGit('log');
    try {
      const abort = new AbortController();
      const chunks = gitProcess(repo, abort.signal).stream(['log', '-p'])[Symbol.asyncIterator]();
      assert.equal((await chunks.next()).done, false);
      abort.abort();
      await assert.rejects(chunks.next(), { name: 'AbortError' });
      const [pid] = spy.pids();
      assert.ok(pid > 0, 'git log did not run');
      assert.equal(processAlive(pid), false, 'git log is still running');
    } finally {
      spy.restore();
    }
  });

  it('ends git when the reader stops early, and waits until it is gone', async () => {
    const spy = spyOnGit('log');
    try {
      for await (const chunk of gitProcess(repo).stream(['log', '-p'])) {
        assert.ok(chunk.length > 0);
        break;
      }
      assert.equal(processAlive(spy.pids()[0]), false, 'git log is still running');
    } finally {
      spy.restore();
    }
  });

  it('refuses to start once aborted', async () => {
    const spy = spyOnGit('log');
    try {
      const abort = new AbortController();
      abort.abort();
      await assert.rejects(gitProcess(repo, abort.signal).output(['log']), { name: 'AbortError' });
      assert.deepEqual(spy.pids(), []);
    } finally {
      spy.restore();
    }
  });
});
