// @workspace scan
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { KeywardApi } from '../../src/extension/api';
import { KEYWARD_ID, waitUntil } from './host';

// Shares the workspace copy with scan.test.ts (and runs before it): it edits no file on disk, and
// leaves every setting as it found it.
const folder = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
const keyward = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Keyward');
// The token planted in vendor/lib.js (excluded by the fixture's config), reused in editors of our own.
const vendorToken = () => /ghp_[A-Za-z0-9]{36}/.exec(readFileSync(path.join(folder(), 'vendor', 'lib.js'), 'utf8'))![0];

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('keyward').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('live diagnostics follow the settings and the editors', function () {
  this.timeout(60_000);

  before(async () => {
    const extension = vscode.extensions.getExtension<KeywardApi>(KEYWARD_ID)!;
    await (extension.isActive ? extension.exports : await extension.activate()).ready;
  });

  afterEach(async () => {
    await setting('severity.secret', undefined);
    await setting('scan.onType', undefined);
    await setting('scan.exclude', undefined);
  });

  it('rescans while typing, after the debounce, in an untitled editor', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'typescript', content: 'const a = 1;\n' });
    const editor = await vscode.window.showTextDocument(document);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(keyward(document.uri).length, 0);
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), `const token = "${vendorToken()}";\n`));
    await waitUntil(() => keyward(document.uri).length === 1, 10_000, 'no diagnostic after typing a token');
    assert.equal(keyward(document.uri)[0].range.start.line, 1);
  });

  it('waits for a save when scanning on type is off', async () => {
    await setting('scan.onType', false);
    const document = await vscode.workspace.openTextDocument({ language: 'typescript', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), `const token = "${vendorToken()}";\n`));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(keyward(document.uri).length, 0, 'scanned while typing although scan.onType is off');
  });

  it('drops secret diagnostics when keyward.severity.secret is off, and brings them back', async () => {
    const hasRuleFinding = () =>
      vscode.languages
        .getDiagnostics()
        .some(([u, all]) => u.scheme === 'untitled' && all.some((d) => d.source === 'Keyward'));
    await waitUntil(hasRuleFinding, 10_000, 'no finding in the untitled editor to start from');
    await setting('severity.secret', 'off');
    await waitUntil(() => !hasRuleFinding(), 10_000, 'secret findings stayed with severity off');
    await setting('severity.secret', 'warning');
    await waitUntil(() => hasRuleFinding(), 10_000, 'findings did not come back');
    const untitled = vscode.languages.getDiagnostics().find(([u]) => u.scheme === 'untitled' && keyward(u).length > 0)!;
    assert.equal(keyward(untitled[0])[0].severity, vscode.DiagnosticSeverity.Warning);
  });

  it('skips files excluded by the config, and by keyward.scan.exclude', async () => {
    const vendor = vscode.Uri.file(path.join(folder(), 'vendor', 'lib.js'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vendor));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(keyward(vendor).length, 0, 'vendor/** is excluded by .keyward/config.json');
    const copy = vscode.Uri.file(path.join(folder(), 'src', 'copy.ts'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy));
    await waitUntil(() => keyward(copy).length === 1, 10_000, 'src/copy.ts has no diagnostic to start from');
    await setting('scan.exclude', ['src/copy.ts']);
    await waitUntil(() => keyward(copy).length === 0, 10_000, 'the scan.exclude setting was not honoured');
  });

  it("clears a document's diagnostics when it closes", async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'python',
      content: `TOKEN = "${vendorToken()}"\n`,
    });
    await vscode.window.showTextDocument(document);
    await waitUntil(() => keyward(document.uri).length === 1, 10_000, 'no diagnostic in the new editor');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitUntil(() => keyward(document.uri).length === 0, 10_000, 'the closed document kept its diagnostics');
  });
});
