// @workspace multiroot
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { keywardApi, labelText, treeItems, waitForFolders, waitUntil } from './host';
import { ScriptedUser } from './ui';

// The fixture is a multi-root workspace: its workspace file sets keyward.vault.path to
// workspace-level/vault.db, and the first folder (app) its own secrets/app.db.
const app = () => vscode.workspace.workspaceFolders![0];
const inApp = (...parts: string[]) => path.join(app().uri.fsPath, ...parts);

describe('keyward.vault.path, read for the vault folder and followed when it changes', function () {
  this.timeout(60_000);
  const user = new ScriptedUser();
  before(() => waitForFolders(2));
  after(() => user.restore());

  async function names(): Promise<string[]> {
    return (await treeItems((await keywardApi()).keysTree)).map((item) => labelText(item.label));
  }

  it("creates the vault where the folder's own setting says, not the workspace's", async () => {
    assert.equal(vscode.workspace.workspaceFolders?.length, 2, 'the multi-root fixture is open');
    await keywardApi();
    // Each folder can keep a vault: with neither holding one yet, the palette command asks which.
    user.answer('app');
    await vscode.commands.executeCommand('keyward.createVault');
    assert.ok(existsSync(inApp('secrets', 'app.db')), 'no vault at app/secrets/app.db');
    assert.ok(!existsSync(inApp('workspace-level', 'vault.db')), 'the workspace-level value was used');
    user.answer('FIRST_KEY', `sk_test_${randomBytes(24).toString('hex')}`);
    await vscode.commands.executeCommand('keyward.addKey');
    assert.ok((await names()).includes('FIRST_KEY'), 'the key is listed');
  });

  it('opens the vault at the new path after the setting changes, and watches that file instead', async () => {
    const keyward = await keywardApi();
    const config = vscode.workspace.getConfiguration('keyward', app().uri);
    await config.update('vault.path', 'moved/vault.db', vscode.ConfigurationTarget.WorkspaceFolder);
    await waitUntil(() => keyward.vaultState() === 'none', 10_000, 'the vault did not follow the setting');

    user.answer('app');
    await vscode.commands.executeCommand('keyward.createVault');
    assert.ok(existsSync(inApp('moved', 'vault.db')));
    assert.equal(keyward.vaultState(), 'open');

    // Deleting the old file changes nothing; deleting the new one is seen by the file watcher alone
    // (nothing here asks the vault for its keys, which would notice too).
    rmSync(inApp('secrets', 'app.db'));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(keyward.vaultState(), 'open', 'the old path is still watched');
    rmSync(inApp('moved', 'vault.db'));
    await waitUntil(() => keyward.vaultState() === 'none', 10_000, 'the watcher did not follow to the new path');
  });
});
