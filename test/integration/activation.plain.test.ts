// @workspace plain
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { KEYWARD_ID, waitUntil } from './host';

describe('activation in a workspace that has never used Keyward', () => {
  it('activates (scanning protects every project) without writing a vault into it', async () => {
    const extension = vscode.extensions.getExtension(KEYWARD_ID);
    assert.ok(extension, `${KEYWARD_ID} is not loaded in this extension host`);
    await waitUntil(() => extension.isActive, 15_000, `${KEYWARD_ID} did not activate`);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.equal(folder, process.env.KEYWARD_TEST_WORKSPACE);
    // A vault appears only when the user asks for one.
    assert.equal(existsSync(path.join(folder!, '.keyward', 'vault.db')), false);
  });
});
