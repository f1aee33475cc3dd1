// @workspace basic
// Keyward contributes JSON Schemas for .keyward/config.json and .keyward/baseline.json
// (contributes.jsonValidation), so VS Code's JSON support validates them while they are typed.
// Edits stay in the editor (never saved) and are reverted.
import assert from 'node:assert/strict';
import path from 'node:path';
import * as vscode from 'vscode';
import { keywardApi, waitUntil } from './host';

const configUri = () =>
  vscode.Uri.file(path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.keyward', 'config.json'));
const schemaProblems = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source !== 'Keyward');

describe('editing .keyward/config.json', function () {
  this.timeout(90_000);
  before(async () => {
    await keywardApi();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows a schema diagnostic for an unknown field, and none once it is gone', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(configUri()));
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '  "excludes": ["dist/**"],\n'));
    await waitUntil(
      () => schemaProblems(configUri()).some((d) => /excludes/.test(d.message) && /not allowed/i.test(d.message)),
      60_000,
      `no diagnostic for the unknown field "excludes" (saw: ${JSON.stringify(schemaProblems(configUri()).map((d) => d.message))})`,
    );
    await vscode.commands.executeCommand('undo');
    await waitUntil(() => schemaProblems(configUri()).length === 0, 30_000, 'the diagnostic stayed after the fix');
  });

  it('flags a value of the wrong type', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(configUri()));
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '  "maxFileBytes": "big",\n'));
    // The JSON language server publishes in steps on a loaded machine: wait until its diagnostics
    // have settled on the inserted line, then check that none is elsewhere.
    await waitUntil(
      () => {
        const problems = schemaProblems(configUri());
        return problems.some((d) => /integer/i.test(d.message)) && problems.every((d) => d.range.start.line === 1);
      },
      60_000,
      `no diagnostic for maxFileBytes: "big" alone on its line (${schemaProblems(configUri())
        .map((d) => `${d.range.start.line}: ${d.message}`)
        .join('; ')})`,
    );
    assert.ok(schemaProblems(configUri()).every((d) => d.range.start.line === 1));
  });
});
