// @workspace history
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { GIT_ENV } from '../fixtures/cli-scan/git';
import { commitAll } from '../fixtures/cli-scan/history';
import { githubToken } from '../fixtures/cli-scan/secrets';
import { processAlive, spyOnGit } from '../support/gitSpy';
import { KEYWARD_ID, keywardApi, labelText, treeItems, waitForFolders, waitUntil } from './host';
import { ScriptedUser } from './ui';

// Two folders (test/fixtures/workspaces/history): app's history is the subject; lib joins at the end.
const folderNamed = (name: string) => vscode.workspace.workspaceFolders!.find((f) => f.name === name)!;
const folder = (name = 'app') => folderNamed(name).uri.fsPath;
const gitIn = (name: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd: folder(name),
    env: GIT_ENV,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  }).trim();
const git = (...args: string[]) => gitIn('app', ...args);
const write = (file: string, text: string, name = 'app') => {
  mkdirSync(path.dirname(path.join(folder(name), file)), { recursive: true });
  writeFileSync(path.join(folder(name), file), text);
};

/** Appends `count` commits that each rewrite a file of ordinary code: a history long enough to cancel. */
async function appendCommits(count: number): Promise<void> {
  let stream = '';
  for (let i = 0; i < count; i++) {
    const when = 1_650_000_000 + i * 60;
    const content = Array.from({ length: 60 }, (_, j) => `export const width${j} = ${(i * 31 + j * 7) % 997};`).join(
      '\n',
    );
    const message = `filler ${i}\n`;
    stream +=
      `commit refs/heads/main\ncommitter Filler <filler@example.invalid> ${when} +0000\n` +
      `data ${Buffer.byteLength(message)}\n${message}${i === 0 ? `from ${git('rev-parse', 'HEAD')}\n` : ''}` +
      `M 100644 inline filler/part${i % 40}.ts\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  }
  // Not execFileSync: the extension host, where this runs, must stay responsive meanwhile.
  const importer = execFile('git', ['fast-import', '--quiet'], { cwd: folder(), env: GIT_ENV });
  const exited = new Promise((resolve) => importer.on('close', resolve));
  importer.stdin!.end(stream);
  assert.equal(await exited, 0, 'git fast-import failed');
  git('reset', '-q', '--hard', 'main');
}

// The part of the built-in Git extension's API (vscode.git, getAPI(1)) this suite uses.
interface GitApi {
  openRepository(root: vscode.Uri): Promise<object | null>;
}

type Items = vscode.TreeItem[];
const historyItems = (items: Items) => items.filter((item) => String(item.id ?? '').startsWith('history:'));
const findingItems = (items: Items) => items.filter((item) => String(item.contextValue).startsWith('historyFinding'));

describe('Scan Git History in the real host', function () {
  this.timeout(120_000);
  const user = new ScriptedUser();
  const token = githubToken();
  const shas: string[] = [];
  let commit3Text = '';
  after(() => user.restore());

  before(async () => {
    await waitForFolders(2);
    git('init', '-q', '-b', 'main');
    shas.push(commitAll(folder(), 'one', { date: '2021-01-01T10:00:00Z' }));
    write('src/config.js', 'export const region = "eu";\n');
    shas.push(commitAll(folder(), 'two', { date: '2021-02-01T10:00:00Z' }));
    commit3Text = `export const region = "eu";\nexport const token = "${token}";\n`;
    write('src/config.js', commit3Text);
    shas.push(
      commitAll(folder(), 'three: add the deploy token', {
        author: 'Ann Author',
        email: 'ann@example.invalid',
        date: '2021-03-04T05:06:07+02:00',
      }),
    );
    write('src/config.js', `export const region = "us";\nexport const token = "${token}";\n`);
    shas.push(commitAll(folder(), 'four', { date: '2021-04-01T10:00:00Z' }));
    write('src/config.js', 'export const region = "us";\n');
    shas.push(commitAll(folder(), 'five: drop the token', { date: '2021-05-01T10:00:00Z' }));
  });

  async function scanned(): Promise<Items> {
    await vscode.commands.executeCommand('keyward.scanHistory');
    return treeItems((await keywardApi()).findingsTree);
  }

  it('shows the token once, under commit 3 (sha, subject, author, date), with its path there', async () => {
    const items = await scanned();
    const commits = historyItems(items).filter((item) => item.contextValue === 'historyCommit');
    assert.deepEqual(
      commits.map((item) => [labelText(item.label), item.description]),
      [[`${shas[2].slice(0, 7)} three: add the deploy token`, 'Ann Author, 2021-03-04']],
    );
    const findings = findingItems(items);
    assert.equal(findings.length, 1);
    assert.match(String(findings[0].description), /^src\/config\.js:2 · ghp_\S+$/);
    assert.ok(!JSON.stringify(items).includes(token), 'the Findings view holds the token');
    assert.ok(
      user.shown.some((line) => /1 secret in the git history of .+ rotate it/.test(line)),
      user.shown.join('\n'),
    );
    assert.ok(!user.shown.join('\n').includes(token), 'a message showed the token');
  });

  it('keeps history findings through a workspace scan; Clear Git History Findings removes them', async () => {
    const { findingsTree } = await keywardApi();
    await vscode.commands.executeCommand('keyward.scanWorkspace');
    assert.equal(findingItems(await treeItems(findingsTree)).length, 1, 'the workspace scan wiped the history');
    await vscode.commands.executeCommand('keyward.clearHistoryFindings');
    assert.deepEqual(historyItems(await treeItems(findingsTree)), []);
    assert.equal(findingItems(await scanned()).length, 1, 'a new scan brings them back');
  });

  it('opens the finding through the Git extension as commit 3 recorded the file, read-only, at the line, with the response at hand', async () => {
    // The Git extension may not have noticed a repository made after the window opened: as a user's would, it has it now.
    const gitApi = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git')!;
    assert.ok(await (await gitApi.activate()).getAPI(1).openRepository(vscode.Uri.file(folder())));
    const finding = findingItems(await treeItems((await keywardApi()).findingsTree))[0];
    await open(finding);
    const editor = vscode.window.activeTextEditor!;
    const { document } = editor;
    assert.equal(document.uri.scheme, 'git');
    assert.equal(document.getText(), commit3Text);
    assert.equal(editor.selection.start.line, 1);
    assert.equal(document.getText(editor.selection), token);
    await assertReadOnly(document);
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Keyward');
    assert.deepEqual(
      diagnostics.map((d) => d.range.start.line),
      [1],
    );
    assert.ok(!diagnostics[0].message.includes(token));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      editor.selection,
    );
    assert.ok(
      actions.some((action) => action.title === 'Respond to Compromised Key…'),
      actions.map((a) => a.title).join(' | '),
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it("without the Git extension, opens Keyward's own read-only document of the same file", async () => {
    const config = vscode.workspace.getConfiguration('git');
    await config.update('enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      const finding = findingItems(await treeItems((await keywardApi()).findingsTree))[0];
      await open(finding);
      const { document, selection } = vscode.window.activeTextEditor!;
      assert.equal(document.uri.scheme, 'keyward-history');
      assert.equal(document.getText(), commit3Text);
      assert.equal(document.getText(selection), token);
      await assertReadOnly(document);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await config.update('enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('Respond to Compromised Key… says rotation is the only fix and opens the incident response with the vault key picked', async () => {
    user.answer('app');
    await vscode.commands.executeCommand('keyward.createVault');
    user.answer('GITHUB_TOKEN', token);
    await vscode.commands.executeCommand('keyward.addKey');
    user.answer('OTHER_TOKEN', githubToken());
    await vscode.commands.executeCommand('keyward.addKey');
    const before = user.shown.length;
    const finding = findingItems(await treeItems((await keywardApi()).findingsTree))[0];
    // As the context menu calls it: with the view's node. Picking no key then ends the response.
    const node = (await nodesOf('historyFinding'))[0];
    assert.ok(finding && node);
    await vscode.commands.executeCommand('keyward.respondToLeak', node);
    const shown = user.shown.slice(before).join('\n');
    assert.match(
      shown,
      /was pushed in commit [0-9a-f]{7} \(Ann Author, 2021-03-04\)\. Deleting it now does not make it safe/,
    );
    assert.match(shown, /Rotation is the only fix/);
    assert.match(shown, /It is the value of vault key GITHUB_TOKEN \(ghp_/);
    assert.match(shown, /^pick: GITHUB_TOKEN \S+ \(picked\) \| OTHER_TOKEN \S+ ?$/m);
    assert.ok(!/OTHER_TOKEN \S+ \(picked\)/.test(shown), 'another key was picked');
    assert.ok(!shown.includes(token), 'the response showed the token');
  });

  it('scans every repository of a multi-root workspace, or the one it is run on', async () => {
    gitIn('lib', 'init', '-q', '-b', 'main');
    const libToken = githubToken();
    write('keys.env', `GITHUB_TOKEN=${libToken}\n`, 'lib');
    const libSha = commitAll(folder('lib'), 'lib: keys', { date: '2022-01-01T10:00:00Z' });
    const before = user.shown.length;
    user.answer('All Repositories');
    let items = await scanned();
    assert.match(user.shown[before], /^pick: All Repositories {2}\| app \S+ \| lib \S+$/);
    const commits = (root: string) =>
      historyItems(items).filter((item) => String(item.id).startsWith(`history:${root}:`)).length;
    assert.deepEqual([commits(folder('app')), commits(folder('lib'))], [1, 1]);
    assert.ok(!JSON.stringify(items).includes(libToken));
    // Run on a folder (its context menu in the Explorer, or a folder node): that repository only, no question.
    const shown = user.shown.length;
    await vscode.commands.executeCommand('keyward.scanHistory', folderNamed('lib'));
    assert.ok(!user.shown.slice(shown).some((line) => line.startsWith('pick:')), 'asked which repository');
    items = await treeItems((await keywardApi()).findingsTree);
    assert.ok(items.some((item) => item.id === `history:${folder('lib')}:${libSha}`));
  });

  it('honours a baseline that `keyward scan --history --update-baseline` wrote, as the CLI does', async () => {
    const cli = path.join(vscode.extensions.getExtension(KEYWARD_ID)!.extensionPath, 'dist', 'cli.js');
    execFileSync(process.execPath, [cli, 'scan', '--history', '--update-baseline'], {
      cwd: folder('lib'),
      env: { ...GIT_ENV, ELECTRON_RUN_AS_NODE: '1' },
      stdio: 'ignore',
    });
    // The new baseline reaches the editor through a file watcher: scan until it has.
    const libHistory = async () => {
      await vscode.commands.executeCommand('keyward.scanHistory', folderNamed('lib'));
      const items = await treeItems((await keywardApi()).findingsTree);
      return historyItems(items).filter((item) => String(item.id).startsWith(`history:${folder('lib')}`));
    };
    const deadline = Date.now() + 15_000;
    while ((await libHistory()).length > 0)
      assert.ok(Date.now() < deadline, 'the baseline never hid the finding it accepts');
    assert.ok(user.shown.some((line) => /no secrets in 1 commits of git history/.test(line)));
    assert.equal(
      historyItems(await treeItems((await keywardApi()).findingsTree)).filter((item) => item.contextValue === 'history')
        .length,
      1,
      "app's history findings went too",
    );
  });

  it('cancel stops a long scan promptly, ends git, and keeps the earlier findings', async () => {
    const appending = Date.now();
    await appendCommits(3000);
    console.log(`      (3000 commits appended in ${Date.now() - appending} ms)`);
    const spy = spyOnGit('log');
    const withProgress = vscode.window.withProgress;
    let cancelledAt = 0;
    let reportedAtCancel = '';
    // Stands in for the notification's Cancel button: pressed at the first report of commits read.
    (vscode.window as { withProgress: typeof withProgress }).withProgress = (options, task) =>
      withProgress(options, (progress, token) => {
        const source = new vscode.CancellationTokenSource();
        token.onCancellationRequested(() => source.cancel());
        return task(
          {
            report: (value) => {
              progress.report(value);
              if (!cancelledAt && /^[1-9]\d* of \d+ commits$/.test(value.message ?? '')) {
                reportedAtCancel = value.message!;
                cancelledAt = Date.now();
                source.cancel();
              }
            },
          },
          source.token,
        );
      });
    try {
      await vscode.commands.executeCommand('keyward.scanHistory', folderNamed('app'));
      const settled = Date.now();
      assert.ok(cancelledAt > 0, 'the scan never reported progress');
      const [done, total] = reportedAtCancel.split(' of ').map((n) => parseInt(n, 10));
      assert.equal(total, 3005);
      assert.ok(done < total, reportedAtCancel);
      assert.ok(settled - cancelledAt < 5000, `the scan took ${settled - cancelledAt} ms to stop`);
      assert.ok(spy.pids().length > 0, 'git log never ran');
      await waitUntil(() => !spy.pids().some(processAlive), 1000, 'git log outlived the cancelled scan');
    } finally {
      (vscode.window as { withProgress: typeof withProgress }).withProgress = withProgress;
      spy.restore();
    }
    const items = await treeItems((await keywardApi()).findingsTree);
    const app = historyItems(items).filter((item) => String(item.id).startsWith(`history:${folder('app')}`));
    assert.deepEqual(
      app.map((item) => item.contextValue),
      ['history', 'historyCommit'],
      'the cancelled scan lost the earlier findings',
    );
    const repository = app[0];
    assert.match(repository?.tooltip as string, /: 5 commits scanned\./, 'the cancelled scan replaced the earlier one');
  });
});

/** What a click on a tree item runs. */
async function open(item: vscode.TreeItem): Promise<void> {
  const args: unknown[] = item.command!.arguments ?? [];
  await vscode.commands.executeCommand(item.command!.command, ...args);
}

/** The Findings view's nodes of one kind, as its context menu hands them to commands. */
async function nodesOf(kind: string): Promise<unknown[]> {
  const { findingsTree } = await keywardApi();
  const found: unknown[] = [];
  const walk = async (node?: unknown) => {
    for (const child of (await findingsTree.getChildren(node)) ?? []) {
      if ((child as { kind?: string }).kind === kind) found.push(child);
      await walk(child);
    }
  };
  await walk();
  return found;
}

/** An edit can be made in memory, but nothing can write it back: the document is not a file. */
async function assertReadOnly(document: vscode.TextDocument): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), '// changed\n');
  const applied = await vscode.workspace.applyEdit(edit);
  if (applied) {
    assert.equal(await document.save(), false, 'the document at a commit was saved');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  assert.notEqual(vscode.workspace.fs.isWritableFileSystem(document.uri.scheme), true);
}
