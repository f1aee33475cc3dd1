// Showing and responding to a history finding: the file as the commit recorded it, and which
// vault key (by keyed fingerprint, nothing decrypted) the leaked value is.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultScanConfig } from '../../../src/core/scan/config';
import { fileAtCommit, keysLeakedAt } from '../../../src/core/scan/history/atCommit';
import { runHistoryJob } from '../../../src/core/scan/history/job';
import { gitProcess } from '../../../src/core/scan/sources/git/process';
import type { Vault } from '../../../src/core/vault/vault';
import { tempRepo } from '../../fixtures/cli-scan/git';
import { commitAll } from '../../fixtures/cli-scan/history';
import { githubToken } from '../../fixtures/cli-scan/secrets';
import { newVault } from '../../support/vault';

describe('a history finding at its commit', function () {
  this.timeout(30_000);
  let repo: string;
  let vault: Vault;
  const token = githubToken();
  const other = githubToken();
  const shas: string[] = [];

  before(async () => {
    repo = tempRepo('keyward-at-commit-');
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      writeFileSync(path.join(repo, file), text);
    };
    write('src/config.js', 'export const region = "eu";\n');
    shas.push(commitAll(repo, 'one', { date: '2021-01-01T10:00:00Z' }));
    write('src/config.js', `\uFEFFexport const region = "eu";\n  export const token = "${token}"; // é\n`);
    shas.push(commitAll(repo, 'two', { date: '2021-02-01T10:00:00Z' }));
    write('src/config.js', 'export const region = "eu";\n');
    shas.push(commitAll(repo, 'three', { date: '2021-03-01T10:00:00Z' }));
    ({ vault } = await newVault(repo));
    await vault.add({ name: 'GITHUB_TOKEN', value: token, provider: 'github' });
    await vault.add({ name: 'OTHER_TOKEN', value: other, provider: 'github' });
  });
  after(() => {
    vault.close();
    rmSync(repo, { recursive: true, force: true });
  });

  it('reads the file as that commit recorded it, where the finding points', async () => {
    const { findings } = await runHistoryJob({
      root: repo,
      range: { revisions: [], all: false },
      paths: [],
      config: defaultScanConfig(),
      trusted: true,
    });
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.equal(finding.commit?.sha, shas[1]);
    const text = await fileAtCommit(gitProcess(repo), shas[1], finding.file);
    assert.ok(text.startsWith('export const region'), 'the byte order mark is dropped, as the scanner drops it');
    const line = text.split('\n')[finding.line - 1];
    assert.equal(line.slice(finding.column - 1, finding.endColumn - 1), token);
    assert.deepEqual(
      keysLeakedAt(text, finding, (t) => vault.findCopies(t)),
      ['GITHUB_TOKEN'],
    );
  });

  it('names no key for a value the vault does not hold, nor one elsewhere on the line', () => {
    const text = `a = "${githubToken()}"; b = "${other}"\n`;
    const column = text.indexOf('ghp_') + 1;
    const span = { line: 1, column, endLine: 1, endColumn: column + token.length };
    assert.deepEqual(
      keysLeakedAt(text, span, (t) => vault.findCopies(t)),
      [],
    );
    const at = text.indexOf(other) + 1;
    assert.deepEqual(
      keysLeakedAt(text, { line: 1, column: at, endLine: 1, endColumn: at + other.length }, (t) => vault.findCopies(t)),
      ['OTHER_TOKEN'],
    );
  });

  it('fails with git naming what is missing when the path is not in that commit', async () => {
    await assert.rejects(fileAtCommit(gitProcess(repo), shas[0], 'src/nope.js'), /git cat-file failed \(exit 128\)/);
  });
});
