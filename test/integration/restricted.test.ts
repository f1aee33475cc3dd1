// @workspace restricted
// Issue 10, item 15: in an untrusted workspace (Restricted Mode, a real one: test/host opens this
// fixture with workspace trust on) the vault is read-only for every command, audit appends and
// rotation recovery included, and the workspace's own settings cannot weaken protection.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { KEYWARD_ID, keywardApi, waitUntil } from './host';
import { ScriptedUser } from './ui';

const folder = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
const vaultDir = () => path.join(folder(), '.keyward');
const planted = () => (JSON.parse(process.env.KEYWARD_TEST_VALUES!) as Record<string, string>).PAYMENTS_KEY;
const keyward = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Keyward');
const RESTRICTED_MODE = /read-only in Restricted Mode|which Restricted Mode does not allow/;

/** The vault, its backup and lock, byte for byte: whatever a save, an audit entry or a lock would change. */
function vaultFiles(): Map<string, Buffer> {
  return new Map(
    readdirSync(vaultDir())
      .filter((name) => name.startsWith('vault.db'))
      .map((name) => [name, readFileSync(path.join(vaultDir(), name))]),
  );
}

describe('Restricted Mode in the real host', function () {
  this.timeout(90_000);
  const user = new ScriptedUser();
  let before: Map<string, Buffer>;
  after(() => user.restore());

  it('runs in a workspace VS Code does not trust', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it("declares every protective setting restricted, and ignores this workspace's values of them", async () => {
    const manifest = vscode.extensions.getExtension(KEYWARD_ID)!.packageJSON as {
      capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
    };
    const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    const config = vscode.workspace.getConfiguration('keyward', vscode.workspace.workspaceFolders![0].uri);
    const protective = [
      'vault.path',
      'scan.onType',
      'scan.exclude',
      'severity.secret',
      'severity.insecurePattern',
      'rotation.maxAgeDays',
      'clipboard.clearAfterSeconds',
      'clipboard.allowInRemoteWindow',
      'masterKey.rotationReminderDays',
      'reveal.maxPerMinute',
      'scm.scanBeforeCommit',
      'history.allRefs',
    ];
    const hostile = JSON.parse(readFileSync(path.join(folder(), '.vscode', 'settings.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const key of protective) {
      assert.ok(restricted.includes(`keyward.${key}`), `keyward.${key} is a restricted setting`);
      assert.ok(`keyward.${key}` in hostile, `the fixture sets keyward.${key}`);
      // VS Code keeps an untrusted workspace's value of a restricted setting from every reader.
      const { defaultValue, workspaceValue } = config.inspect(key)!;
      assert.equal(workspaceValue, undefined, `keyward.${key}: the workspace value is visible`);
      assert.deepEqual(config.get(key), defaultValue, `keyward.${key}: the workspace value applies`);
    }
    // keyward.vault.path points elsewhere: the vault is still found where the user's settings say.
    const api = await keywardApi();
    assert.equal(api.vaultState(), 'locked', 'the vault at .keyward/vault.db is found, and locked until imported');
    // Excluded, severity off, no scan while typing: none of it applies; the planted token is an error.
    const file = vscode.Uri.file(path.join(folder(), 'src', 'config.js'));
    await vscode.window.showTextDocument(file);
    await waitUntil(() => keyward(file).length > 0, 15_000, 'the token in src/config.js was not reported');
    assert.equal(keyward(file)[0].severity, vscode.DiagnosticSeverity.Error);
    const untitled = await vscode.workspace.openTextDocument({ language: 'javascript', content: '' });
    const editor = await vscode.window.showTextDocument(untitled);
    const token = /ghp_\w{36}/.exec(readFileSync(file.fsPath, 'utf8'))![0];
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), `const t = "${token}";\n`));
    await waitUntil(() => keyward(untitled.uri).length > 0, 15_000, 'typing was not scanned');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('imports the master key after proving it opens the vault, which it opens read-only', async () => {
    before = vaultFiles();
    user.answer(process.env.KEYWARD_TEST_MASTER_KEY!);
    await vscode.commands.executeCommand('keyward.importMasterKey');
    const api = await keywardApi();
    await waitUntil(() => api.vaultState() === 'open', 10_000, 'the vault did not open');
    assert.deepEqual(vaultFiles(), before, 'opening wrote nothing: no upgrade, no audit entry, no lock');
  });

  it('refuses every change, copy, injection and export of a key, and git in the workspace, before asking anything', async () => {
    writeFileSync(path.join(folder(), '.env'), 'IMPORTED=some-value-to-import\n');
    const refused: Record<string, unknown[]> = {
      'keyward.addKey': [],
      'keyward.copyValue': [],
      'keyward.rotateKey': [],
      'keyward.revertKey': [],
      'keyward.renameKey': [],
      'keyward.setRotationPeriod': [],
      'keyward.deleteKey': [],
      'keyward.createVault': [],
      'keyward.importEnv': [vscode.Uri.file(path.join(folder(), '.env'))],
      'keyward.exportMasterKey': [],
      'keyward.rotateMasterKey': [],
      'keyward.respondToIncident': [],
      'keyward.injectKeys': [],
      'keyward.runTaskWithKeys': [],
      'keyward.moveToVault': [
        { uri: vscode.Uri.file(path.join(folder(), 'src', 'config.js')).toString(), range: [1, 30, 1, 70] },
      ],
      'keyward.scanStaged': [],
      'keyward.installHook': [],
      'keyward.scanHistory': [],
    };
    for (const [command, args] of Object.entries(refused)) {
      const shown = user.shown.length;
      await vscode.commands.executeCommand(command, ...args);
      // A picker, a box or a confirmation would show here first: the refusal must be all there is.
      const said = user.shown.slice(shown);
      assert.equal(said.length, 1, `${command} asked or said something else first: ${said.join(' | ')}`);
      assert.match(said[0], RESTRICTED_MODE, command);
    }
    assert.equal(readFileSync(path.join(folder(), '.env'), 'utf8'), 'IMPORTED=some-value-to-import\n');
    assert.ok(!existsSync(path.join(folder(), '.env.example')));
    assert.notEqual(await vscode.env.clipboard.readText(), planted(), 'the value reached the clipboard');
  });

  it('still shows and verifies the audit log, without offering an export', async () => {
    user.answer('All Entries');
    await vscode.commands.executeCommand('keyward.showAuditLog');
    const picks = user.shown.filter((line) => line.startsWith('pick: All Entries')).at(-1)!;
    assert.doesNotMatch(picks, /Export/);
    const text = vscode.window.activeTextEditor?.document.getText() ?? '';
    assert.match(text, /\| vault-create \|/);
    assert.ok(!text.includes(planted()));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.commands.executeCommand('keyward.verifyAuditLog');
    assert.match(user.shown.at(-1)!, /Audit log intact/);
  });

  it('leaves the vault, its backup and its audit log byte-identical, with no lock left behind', () => {
    assert.deepEqual(vaultFiles(), before);
  });
});
