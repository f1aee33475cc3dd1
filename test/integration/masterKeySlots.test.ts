// @workspace copies
// Issue 10, item 14: SecretStorage keeps one master key per vault AND place. After `cp -r` two
// vaults share an id; rotating one, or importing a key into one, must never overwrite the other's
// key, and Import Master Key stores only a key that opens this vault, asking before it replaces one.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { cpSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { keywardApi, labelText, waitForFolders } from './host';
import { allowRemoteCopy, ScriptedUser } from './ui';

const folderNamed = (name: string) => vscode.workspace.workspaceFolders!.find((f) => f.name === name)!;
const inFolder = (name: string, ...rel: string[]) => path.join(folderNamed(name).uri.fsPath, ...rel);

describe('master keys of a vault and its copy in the real host', function () {
  this.timeout(90_000);
  const user = new ScriptedUser();
  const planted = `sk_test_${randomBytes(24).toString('hex')}`;
  let originalKey = '';
  let copyKey = '';
  before(() => waitForFolders(2));
  // code-server's window is a browser: copying, which these tests read values by, must be allowed.
  before(() => allowRemoteCopy(true));
  after(() => allowRemoteCopy(undefined));
  after(() => user.restore());

  /** The Keys view's node of a folder, as a click in the view would hand it to a command. */
  async function folderNode(name: string): Promise<unknown> {
    const { keysTree } = await keywardApi();
    for (const node of (await keysTree.getChildren()) ?? [])
      if (labelText((await keysTree.getTreeItem(node)).label) === name) return node;
    throw new Error(`no folder ${name} in the Keys view`);
  }

  async function exportedKey(folder: string): Promise<string> {
    await vscode.commands.executeCommand('keyward.exportMasterKey', await folderNode(folder));
    const key = await vscode.env.clipboard.readText();
    await vscode.env.clipboard.writeText('');
    return key;
  }

  async function copiedValue(folder: string): Promise<string> {
    user.answer(folder, 'PAYMENTS_KEY');
    await vscode.commands.executeCommand('keyward.copyValue');
    const value = await vscode.env.clipboard.readText();
    await vscode.env.clipboard.writeText('');
    return value;
  }

  /** Runs Import Master Key for `folder` with `key`, answering what follows with `then`; returns what was said. */
  async function importKey(folder: string, key: string, ...then: string[]): Promise<string[]> {
    const shown = user.shown.length;
    user.answer(folder, key, ...then);
    await vscode.commands.executeCommand('keyward.importMasterKey');
    return user.shown.slice(shown);
  }

  it('opens a cp -r copy with the key kept for the original, and keeps it for the copy too', async () => {
    const api = await keywardApi();
    await vscode.commands.executeCommand('keyward.createVault', await folderNode('original'));
    user.answer('PAYMENTS_KEY', planted);
    await vscode.commands.executeCommand('keyward.addKey', await folderNode('original'));
    originalKey = await exportedKey('original');
    cpSync(inFolder('original', '.keyward'), inFolder('copy', '.keyward'), { recursive: true });
    await vscode.commands.executeCommand('keyward.refresh');
    assert.equal(api.vaultState(), 'open');
    assert.equal(await exportedKey('copy'), originalKey, 'the copy opened with the original key');
    assert.equal(await copiedValue('copy'), planted);
  });

  it("rotating the copy's master key leaves the original's key and vault as they were", async () => {
    user.answer('copy');
    await vscode.commands.executeCommand('keyward.rotateMasterKey');
    copyKey = await exportedKey('copy');
    assert.notEqual(copyKey, originalKey, 'the copy has a new key');
    // Reloading reads every vault's key from SecretStorage again.
    await vscode.commands.executeCommand('keyward.refresh');
    assert.equal(await exportedKey('original'), originalKey, "the original's key was overwritten");
    assert.equal(await exportedKey('copy'), copyKey);
    assert.equal(await copiedValue('original'), planted);
    assert.equal(await copiedValue('copy'), planted);
  });

  it('Import Master Key refuses a key that does not open the vault it is for, and changes nothing', async () => {
    const intoCopy = await importKey('copy', originalKey);
    assert.match(intoCopy.join('\n'), /does not open this vault .*Nothing was stored/);
    const intoOriginal = await importKey('original', copyKey);
    assert.match(intoOriginal.join('\n'), /does not open this vault .*Nothing was stored/);
    assert.match((await importKey('original', originalKey)).join('\n'), /already kept for this vault; nothing changed/);
    await vscode.commands.executeCommand('keyward.refresh');
    assert.equal(await exportedKey('copy'), copyKey);
    assert.equal(await exportedKey('original'), originalKey);
  });

  it('asks before replacing a kept key that no longer opens the file, and keeps it when the user declines', async () => {
    // The copy's file is restored from the original: the key kept for the copy no longer opens it.
    cpSync(inFolder('original', '.keyward', 'vault.db'), inFolder('copy', '.keyward', 'vault.db'));
    await vscode.commands.executeCommand('keyward.refresh');
    assert.equal(await exportedKey('copy'), originalKey, 'opened for now with the key kept for the original');

    const declined = await importKey('copy', originalKey, ScriptedUser.CANCEL);
    assert.match(declined.join('\n'), /Replace the master key kept for this vault on this machine\?/);
    assert.match(declined.join('\n'), /does not open this vault as it is/);
    assert.doesNotMatch(declined.join('\n'), /Master key imported/);

    const replaced = await importKey('copy', originalKey, 'Replace Stored Key');
    assert.match(replaced.join('\n'), /Master key imported: the vault is open\./);
    await vscode.commands.executeCommand('keyward.refresh');
    assert.equal(await copiedValue('copy'), planted);
    assert.equal(await exportedKey('original'), originalKey);
  });
});
