// @workspace scm
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { base62, crc32 } from '../../src/core/providers/checksums';
import { keywardApi, labelText, treeItems, waitUntil } from './host';
import { auditText, ScriptedUser } from './ui';

// The part of the built-in git extension's API (vscode.git, getAPI(1)) this suite commits through.
interface GitRepository {
  commit(message: string): Promise<void>;
}
interface GitApi {
  openRepository(root: vscode.Uri): Promise<GitRepository | null>;
}

const folder = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
const git = (...args: string[]) => execFileSync('git', args, { cwd: folder(), encoding: 'utf8' }).trim();
const commits = () => Number(git('rev-list', '--count', 'HEAD'));
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A made-up classic GitHub token with a valid checksum, different every time. */
function madeUpToken(): string {
  const random = [...randomBytes(30)].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
  return `ghp_${random}${base62(crc32(random), 6)}`;
}

/** Stages `file` holding a token, then puts clean text in the working copy: only the index leaks. */
function stageLeak(file: string): string {
  const token = madeUpToken();
  const full = path.join(folder(), file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, `export const token = "${token}";\n`);
  git('add', file);
  writeFileSync(full, 'export const token = process.env.GITHUB_TOKEN;\n');
  return token;
}

describe('Source Control in the real host', function () {
  this.timeout(90_000);
  const user = new ScriptedUser();
  const tokens: string[] = [];
  after(() => user.restore());

  before(() => {
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.invalid');
    git('config', 'user.name', 'Keyward Test');
    git('add', 'README.md');
    git('commit', '-q', '-m', 'init');
  });

  it('Scan Staged Changes shows a staged leak, before any commit, and not the value', async () => {
    const { findingsTree } = await keywardApi();
    tokens.push(stageLeak('src/config.js'));
    await vscode.commands.executeCommand('keyward.scanStaged');
    const items = await treeItems(findingsTree);
    const labels = items.map((item) => labelText(item.label));
    assert.ok(labels.includes(`Staged in ${path.basename(folder())}`), labels.join(' | '));
    assert.ok(
      items.some((item) => item.resourceUri?.fsPath === path.join(folder(), 'src', 'config.js')),
      'the staged file is listed',
    );
    assert.ok(
      labels.some((label) => /GitHub/.test(label)),
      labels.join(' | '),
    );
    assert.ok(!JSON.stringify(items).includes(tokens[0]), 'the Findings view holds the token');
    assert.ok(user.shown.some((line) => /1 finding in the staged changes/.test(line)));
    assert.equal(commits(), 1, 'nothing was committed');
  });

  it('with keyward.scm.scanBeforeCommit on, a Source Control commit asks here; Commit Anyway is audited', async () => {
    await vscode.commands.executeCommand('keyward.createVault');
    await vscode.commands.executeCommand('keyward.installHook');
    await vscode.workspace
      .getConfiguration('keyward')
      .update('scm.scanBeforeCommit', true, vscode.ConfigurationTarget.Workspace);
    await waitUntil(() => process.env.KEYWARD_COMMIT_AGENT !== undefined, 10_000, 'the commit check did not start');
    const gitApi = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git')!;
    const repository = (await (await gitApi.activate()).getAPI(1).openRepository(vscode.Uri.file(folder())))!;

    await repository.commit('commit anyway');
    assert.equal(commits(), 2, 'the commit went through');
    assert.ok(
      user.shown.some(
        (line) => /staged changes in .+ hold 1 secret findings/.test(line) && line.includes('src/config.js:1'),
      ),
      user.shown.join(' | '),
    );
    assert.match(await auditText(user), /\| commit-anyway \|.*github-[\w-]+ at src\/config\.js:1/);

    tokens.push(stageLeak('src/other.js'));
    user.answer(ScriptedUser.CANCEL);
    await assert.rejects(repository.commit('stopped'));
    assert.equal(commits(), 2, 'the cancelled commit was recorded');
    const shown = user.shown.join('\n');
    for (const token of tokens) assert.ok(!shown.includes(token), 'a dialog showed a token');
    await vscode.workspace
      .getConfiguration('keyward')
      .update('scm.scanBeforeCommit', undefined, vscode.ConfigurationTarget.Workspace);
    await waitUntil(() => process.env.KEYWARD_COMMIT_AGENT === undefined, 10_000, 'the commit check did not stop');
  });
});
