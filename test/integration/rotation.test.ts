// @workspace rotation
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { keywardApi, treeItems } from './host';
import { allowRemoteCopy, ScriptedUser } from './ui';

const value = () => `sk_test_${randomBytes(24).toString('hex')}`;

describe('rotation from the command palette in the real host', function () {
  this.timeout(60_000);
  const user = new ScriptedUser();
  const [first, second] = [value(), value()];
  // code-server's window is a browser: copying, which these tests read values by, must be allowed.
  before(() => allowRemoteCopy(true));
  after(() => allowRemoteCopy(undefined));
  after(() => user.restore());

  async function copied(name: string): Promise<string> {
    user.answer(name);
    await vscode.commands.executeCommand('keyward.copyValue');
    return vscode.env.clipboard.readText();
  }

  it('rotates a key with Keyward: Rotate Key… and keeps the old value as a version', async () => {
    const keyward = await keywardApi();
    await vscode.commands.executeCommand('keyward.createVault');
    user.answer('PAYMENTS_KEY', first);
    await vscode.commands.executeCommand('keyward.addKey');
    user.answer('PAYMENTS_KEY', second);
    await vscode.commands.executeCommand('keyward.rotateKey');
    assert.ok(
      user.shown.some((line) => /Rotated PAYMENTS_KEY to version 2/.test(line)),
      user.shown.join('\n'),
    );
    assert.equal(await copied('PAYMENTS_KEY'), second);
    const items = JSON.stringify(await treeItems(keyward.keysTree));
    assert.ok(!items.includes(first) && !items.includes(second));
  });

  it('rotates the master key with Keyward: Rotate Master Key; keys still decrypt and the audit log verifies', async () => {
    await vscode.commands.executeCommand('keyward.rotateMasterKey');
    const done = user.shown.find((line) =>
      /Master key rotated \(key id \w+ → \w+\): 1 keys and 1 older versions re-encrypted/.test(line),
    );
    assert.ok(done, user.shown.join('\n'));
    await vscode.commands.executeCommand('keyward.refresh');
    assert.equal(await copied('PAYMENTS_KEY'), second, 'the vault reopens with the promoted key');
    await vscode.commands.executeCommand('keyward.verifyAuditLog');
    assert.ok(
      user.shown.some((line) => /Audit log intact: \d+ entries/.test(line)),
      user.shown.join('\n'),
    );
    for (const line of user.shown) assert.ok(!line.includes(first) && !line.includes(second), 'a value was shown');
  });

  it('shows the audit log read-only, verified, with every action and no value', async () => {
    user.answer('All Entries');
    await vscode.commands.executeCommand('keyward.showAuditLog');
    const document = vscode.window.activeTextEditor?.document;
    assert.equal(document?.uri.scheme, 'keyward-audit');
    const text = document.getText();
    assert.match(text, /Verified: \d+ entries, every MAC holds\./);
    for (const action of ['vault-create', 'key-add', 'key-rotate', 'key-reveal', 'master-rotate'])
      assert.ok(text.includes(`| ${action} |`), action);
    assert.ok(!text.includes(first) && !text.includes(second));
  });

  it('responds to a compromised key: marks it, rotates it, rotates the master key and writes the report', async () => {
    const keyward = await keywardApi();
    const third = value();
    user.answer('PAYMENTS_KEY', third);
    await vscode.commands.executeCommand('keyward.respondToIncident');
    const report = vscode.window.activeTextEditor?.document;
    assert.match(report?.uri.fsPath ?? '', /[\\/]\.keyward[\\/]incidents[\\/]\d{4}-\d{2}-\d{2}-[\w-]+\.md$/);
    const text = report!.getText();
    assert.match(text, /PAYMENTS_KEY/);
    assert.match(text, /Notify affected users/i);
    for (const v of [first, second, third]) assert.ok(!text.includes(v), 'the report holds a value');
    // Marked compromised, then rotated: the compromised value is a previous version, and the key is active again.
    assert.match(text, /\| PAYMENTS_KEY \|.*\| active \|/);
    const key = (await treeItems(keyward.keysTree)).find((item) => item.label === 'PAYMENTS_KEY');
    assert.match(String(key?.contextValue), /^key\.active/);
    assert.equal(await copied('PAYMENTS_KEY'), third, 'the compromised key was rotated to the new value');
    user.answer('All Entries');
    await vscode.commands.executeCommand('keyward.showAuditLog');
    const log = vscode.window.activeTextEditor!.document.getText();
    assert.match(log, /\| key-update \| PAYMENTS_KEY \|.*status compromised/);
    assert.match(log, /\| key-rotate \| PAYMENTS_KEY \|.*replaces the compromised value; status active/);
  });

  it('asks before reveals beyond keyward.reveal.maxPerMinute, and audits the answer', async () => {
    const keyward = vscode.workspace.getConfiguration('keyward');
    await keyward.update('reveal.maxPerMinute', 1, vscode.ConfigurationTarget.Workspace);
    try {
      // The earlier tests revealed within the last minute too; two more copies pass the limit.
      for (let i = 0; i < 2; i++) await copied('PAYMENTS_KEY');
      assert.ok(
        user.shown.some((line) =>
          /values were revealed in the last minute \(limit 1\)\. Reveal PAYMENTS_KEY\?/.test(line),
        ),
        user.shown.join('\n'),
      );
      user.answer('All Entries');
      await vscode.commands.executeCommand('keyward.showAuditLog');
      const log = vscode.window.activeTextEditor!.document.getText();
      assert.match(
        log,
        /\| reveal-limit \| PAYMENTS_KEY \|.*confirmed beyond \d+ reveals in a minute: copy to clipboard/,
      );
    } finally {
      await keyward.update('reveal.maxPerMinute', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
