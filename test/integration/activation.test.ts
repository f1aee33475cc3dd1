// @workspace basic
import assert from 'node:assert/strict';
import path from 'node:path';
import * as vscode from 'vscode';
import { KEYWARD_ID, waitUntil } from './host';

describe('activation in a workspace with a vault', () => {
  it('has the vault that test/host created in the workspace copy', async () => {
    const vaults = await vscode.workspace.findFiles('.keyward/vault.db');
    assert.equal(vaults.length, 1);
  });

  it('activates Keyward by itself once the workspace has loaded', async () => {
    const extension = vscode.extensions.getExtension(KEYWARD_ID);
    assert.ok(extension, `${KEYWARD_ID} is not loaded in this extension host`);
    // Never call extension.activate() here: that would pass even with a broken activation event.
    await waitUntil(() => extension.isActive, 15_000, `${KEYWARD_ID} did not activate`);
    assert.equal(extension.isActive, true);
  });

  it('runs the build under test (this repo), not some installed copy', () => {
    const extension = vscode.extensions.getExtension(KEYWARD_ID);
    // This bundle lives in <repo>/out/integration/.
    assert.equal(extension?.extensionPath, path.resolve(__dirname, '..', '..'));
  });

  it('runs in the workspace extension host, next to the files, with the workbench in a browser (the remote case)', () => {
    const extension = vscode.extensions.getExtension(KEYWARD_ID);
    // extensionKind ["workspace"]: never in the browser, where there is no vault, no socket and no program to run.
    assert.equal(extension?.extensionKind, vscode.ExtensionKind.Workspace);
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web, 'code-server serves the workbench to a browser');
  });
});
