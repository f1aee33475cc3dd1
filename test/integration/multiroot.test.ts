// @workspace tworoots
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { KeysNode } from '../../src/extension/vault/keysTree';
import { keywardApi, labelText, treeItems, waitForFolders, waitUntil } from './host';
import { ScriptedUser } from './ui';

// Two folders (test/fixtures/workspaces/tworoots), each with its own vault, settings and leaks.
const folderNamed = (name: string) => vscode.workspace.workspaceFolders!.find((f) => f.name === name)!;
const inFolder = (name: string, ...rel: string[]) => path.join(folderNamed(name).uri.fsPath, ...rel);
const values = { api: `sk_test_${randomBytes(24).toString('hex')}`, web: `sk_test_${randomBytes(24).toString('hex')}` };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const keyward = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Keyward');

/** Labels of the Keys view, indented by depth, for readable failures. */
async function keysOutline(): Promise<string[]> {
  const { keysTree } = await keywardApi();
  const lines: string[] = [];
  const walk = async (node: unknown, depth: number) => {
    for (const child of (await keysTree.getChildren(node)) ?? []) {
      const item = await keysTree.getTreeItem(child);
      lines.push(`${'  '.repeat(depth)}${labelText(item.label)} ${String(item.description ?? '')}`.trimEnd());
      await walk(child, depth + 1);
    }
  };
  await walk(undefined, 0);
  return lines;
}

describe('a multi-root workspace in the real host', function () {
  this.timeout(60_000);
  const user = new ScriptedUser();
  before(() => waitForFolders(2));
  after(() => user.restore());

  it('lists each folder in the Keys view with its own vault state', async () => {
    await keywardApi();
    assert.deepEqual(await keysOutline(), ['api no vault', 'web no vault']);
  });

  it('creates one vault per folder, each with its own master key', async () => {
    const { keysTree } = await keywardApi();
    const [api] = (await keysTree.getChildren()) as KeysNode[];
    await vscode.commands.executeCommand('keyward.createVault', api);
    // From the palette, the one folder still without a vault is taken without asking.
    await vscode.commands.executeCommand('keyward.createVault');
    assert.ok(
      existsSync(inFolder('api', '.keyward', 'vault.db')) && existsSync(inFolder('web', '.keyward', 'vault.db')),
    );
    assert.deepEqual(await keysOutline(), ['api 0 keys', 'web 0 keys']);
    const masterKeys: string[] = [];
    for (const folder of (await keysTree.getChildren()) as KeysNode[]) {
      await vscode.commands.executeCommand('keyward.exportMasterKey', folder);
      masterKeys.push(await vscode.env.clipboard.readText());
    }
    await vscode.env.clipboard.writeText('');
    assert.equal(new Set(masterKeys).size, 2, 'the two vaults share a master key');
    assert.ok(masterKeys.every((key) => Buffer.from(key, 'base64').length === 32));
  });

  it('adds a key to the folder the user picks, and shows each folder’s keys under it, masked', async () => {
    user.answer('api', 'API_KEY', values.api);
    await vscode.commands.executeCommand('keyward.addKey');
    user.answer('web', 'WEB_KEY', values.web);
    await vscode.commands.executeCommand('keyward.addKey');
    const outline = await keysOutline();
    assert.deepEqual(outline, [
      'api 1 key',
      '  default 1 key',
      '    stripe',
      `      API_KEY sk_test_....${values.api.slice(-4)}`,
      'web 1 key',
      '  default 1 key',
      '    stripe',
      `      WEB_KEY sk_test_....${values.web.slice(-4)}`,
    ]);
    assert.ok(
      user.shown.some((line) => line.startsWith('pick: api') && line.includes('web')),
      'the user chose the folder',
    );
  });

  it('scans every folder with its own excludes and .gitignore, grouping findings by folder', async () => {
    const { findingsTree } = await keywardApi();
    await vscode.commands.executeCommand('keyward.scanWorkspace');
    const items = await treeItems(findingsTree);
    const labels = items.map((item) =>
      item.resourceUri ? vscode.workspace.asRelativePath(item.resourceUri, true) : labelText(item.label),
    );
    assert.ok(labels.includes('api') && labels.includes('web'), labels.join(', '));
    assert.ok(labels.includes('api/src/config.js') && labels.includes('web/src/client.js'), labels.join(', '));
    assert.ok(!labels.some((label) => label.includes('generated/')), 'api excludes generated/ in its own settings');
    assert.ok(!labels.some((label) => label.includes('dist/')), 'web ignores dist/ in its .gitignore');
  });

  it('reports each folder’s leaks with that folder’s severity setting', async () => {
    const api = vscode.Uri.file(inFolder('api', 'src', 'config.js'));
    const web = vscode.Uri.file(inFolder('web', 'src', 'client.js'));
    for (const uri of [api, web]) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitUntil(() => keyward(api).length > 0 && keyward(web).length > 0, 10_000, 'both files have diagnostics');
    assert.equal(keyward(api)[0].severity, vscode.DiagnosticSeverity.Error);
    assert.equal(keyward(web)[0].severity, vscode.DiagnosticSeverity.Warning, 'web sets keyward.severity.secret');
  });

  it('gives each folder’s terminals a session of that folder’s vault', async () => {
    await vscode.commands.executeCommand('keyward.injectKeys');
    for (const [name, key] of [
      ['api', 'API_KEY'],
      ['web', 'WEB_KEY'],
    ] as const) {
      const out = inFolder(name, 'terminal-probe.txt');
      const terminal = vscode.window.createTerminal({ name, cwd: folderNamed(name).uri });
      terminal.sendText(`eval "$(keyward env)" && printf %s "$${key}" | sha256sum | cut -c1-64 > '${out}'`);
      await waitUntil(
        () => existsSync(out) && readFileSync(out, 'utf8').trim().length === 64,
        20_000,
        `the ${name} terminal did not run the probe`,
      );
      terminal.dispose();
      assert.equal(readFileSync(out, 'utf8').trim(), sha256(values[name]));
    }
    assert.ok(user.shown.some((line) => line.includes('read API_KEY') && line.includes('terminals of api')));
    assert.ok(user.shown.some((line) => line.includes('read WEB_KEY') && line.includes('terminals of web')));
    await vscode.commands.executeCommand('keyward.removeInjectedKeys');
  });

  it('keeps no vault for a virtual folder (a repository opened from GitHub without cloning it)', async () => {
    const virtual = vscode.Uri.from({ scheme: 'keyward-virtual', path: '/repo' });
    const before = await keysOutline();
    assert.ok(vscode.workspace.updateWorkspaceFolders(2, 0, { uri: virtual, name: 'virtual' }));
    await waitForFolders(3);
    try {
      // The vaults follow the folder change event, which comes with the new folder list or just after it.
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(await keysOutline(), before, 'the virtual folder got a vault entry');
    } finally {
      vscode.workspace.updateWorkspaceFolders(2, 1);
    }
  });
});
