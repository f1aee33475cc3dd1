// @workspace plain
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { SecretClipboard } from '../../src/extension/vault/clipboard';
import { keywardApi, labelText, treeItems, waitUntil } from './host';
import { allowRemoteCopy, auditText, ScriptedUser } from './ui';

const folder = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
const planted = `sk_test_${randomBytes(24).toString('hex')}`;
const forms = [planted, Buffer.from(planted).toString('base64'), Buffer.from(planted).toString('hex')];

function assertNoPlaintext(text: string, where: string): void {
  for (const form of forms) assert.ok(!text.includes(form), `${where} contains the planted value`);
}

describe('vault in the real host', function () {
  this.timeout(60_000);
  const user = new ScriptedUser();
  after(() => user.restore());

  it('creates a vault from the command palette command', async () => {
    const keyward = await keywardApi();
    assert.equal(existsSync(path.join(folder(), '.keyward', 'vault.db')), false);
    await vscode.commands.executeCommand('keyward.createVault');
    assert.ok(existsSync(path.join(folder(), '.keyward', 'vault.db')));
    assert.deepEqual(await treeItems(keyward.keysTree), [], 'a new vault is empty');
  });

  it('adds a key through Keyward: Add Key… and shows only its masked value', async () => {
    const keyward = await keywardApi();
    user.answer('PAYMENTS_KEY', planted);
    await vscode.commands.executeCommand('keyward.addKey');
    const items = await treeItems(keyward.keysTree);
    const key = items.find((item) => item.label === 'PAYMENTS_KEY');
    assert.ok(key, 'the key is listed');
    assert.equal(key.description, `sk_test_....${planted.slice(-4)}`);
    assert.ok(
      items.some((item) => item.label === 'stripe'),
      'grouped under its detected provider',
    );
    assert.ok(
      user.shown.some((line) => /Detected provider Stripe/i.test(line)),
      'the input box named the provider',
    );
    assertNoPlaintext(JSON.stringify(items), 'the Keys view');
    const file = readFileSync(path.join(folder(), '.keyward', 'vault.db'));
    for (const form of forms) assert.ok(!file.includes(form), 'the vault file holds the value in the clear');
  });

  it('gives new terminals the key agent, not the keys: a program there asks, the user allows, the grant is audited', async () => {
    await vscode.commands.executeCommand('keyward.injectKeys');
    const out = path.join(folder(), 'terminal-probe.txt');
    const terminal = vscode.window.createTerminal({ name: 'probe', cwd: folder() });
    // The value reaches the shell only through the agent: `keyward` is the extension's own CLI.
    terminal.sendText(
      `[ -z "$PAYMENTS_KEY" ] && eval "$(keyward env --only PAYMENTS_KEY)" && printf %s "$PAYMENTS_KEY" | sha256sum | cut -c1-64 > '${out}'`,
    );
    await waitUntil(
      () => existsSync(out) && readFileSync(out, 'utf8').trim().length === 64,
      20_000,
      'the terminal did not run the probe',
    );
    terminal.dispose();
    assert.equal(readFileSync(out, 'utf8').trim(), createHash('sha256').update(planted).digest('hex'));
    const prompt = user.shown.find((line) => line.includes('Let `keyward env --only PAYMENTS_KEY` read PAYMENTS_KEY'));
    assert.ok(prompt, `the user was asked: ${user.shown.join(' | ')}`);
    assert.ok(!prompt.includes(planted), 'the prompt holds the value');
    assert.match(
      await auditText(user),
      /\| key-inject \|.*agent, terminals of .+: pid \d+ .keyward env --only PAYMENTS_KEY.: PAYMENTS_KEY \|/,
    );
    await vscode.commands.executeCommand('keyward.removeInjectedKeys');
  });

  it('runs a task with the vault keys in its environment (Run Task with Keys…)', async () => {
    const out = path.join(folder(), 'task-probe.txt');
    user.answer('hash the payments key');
    await vscode.commands.executeCommand('keyward.runTaskWithKeys');
    await waitUntil(
      () => existsSync(out) && readFileSync(out, 'utf8').trim().length === 64,
      20_000,
      'the task did not run',
    );
    assert.equal(readFileSync(out, 'utf8').trim(), createHash('sha256').update(planted).digest('hex'));
  });

  it('debugs a Node program whose launch configuration asks for a key, through the agent', async () => {
    const out = path.join(folder(), 'debug-probe.txt');
    const program = path.join(folder(), 'probe.js');
    writeFileSync(
      program,
      `require('fs').writeFileSync(${JSON.stringify(out)}, require('crypto').createHash('sha256').update(process.env.PAYMENTS_KEY ?? '').digest('hex') + (process.env.KEYWARD_AGENT_TOKEN ? ' token' : ''));`,
    );
    const asked = user.shown.length;
    const config = {
      type: 'node',
      request: 'launch',
      name: 'probe with keys',
      program,
      keyward: { keys: ['PAYMENTS_KEY'] },
    };
    let resolved: vscode.DebugConfiguration | undefined;
    const started = vscode.debug.onDidStartDebugSession((session) => (resolved ??= session.configuration));
    assert.ok(await vscode.debug.startDebugging(vscode.workspace.workspaceFolders![0], config), 'the debugger started');
    await waitUntil(
      () => existsSync(out) && readFileSync(out, 'utf8').length >= 64,
      30_000,
      'the debuggee did not run',
    );
    started.dispose();
    assert.equal(
      readFileSync(out, 'utf8'),
      createHash('sha256').update(planted).digest('hex'),
      'the debuggee has the key and no token',
    );
    assert.ok(
      user.shown
        .slice(asked)
        .some((line) => line.includes('read PAYMENTS_KEY') && line.includes('debug session "probe with keys"')),
      `the user was asked: ${user.shown.slice(asked).join(' | ')}`,
    );
    assertNoPlaintext(JSON.stringify(resolved), 'the resolved debug configuration');
    assert.match(String(resolved?.runtimeExecutable), /keyward-node$/);
  });

  it('refuses Copy Value in a browser window by default, says why, and audits the refusal', async () => {
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web, 'code-server runs the window in a browser');
    await vscode.env.clipboard.writeText('');
    const shown = user.shown.length;
    await vscode.commands.executeCommand('keyward.copyValue');
    const said = user.shown.slice(shown);
    assert.ok(
      said.some((line) => line.includes('runs in a browser') && line.includes('keyward.clipboard.allowInRemoteWindow')),
      said.join(' | '),
    );
    assert.ok(!said.some((line) => line.startsWith('pick:')), 'no key was asked for: the copy cannot happen');
    assert.equal(await vscode.env.clipboard.readText(), '');
    assert.match(
      await auditText(user),
      /access-refused.*copy to clipboard \(VS Code, window in a browser\): keyward.clipboard.allowInRemoteWindow is off/,
    );
  });

  it('with keyward.clipboard.allowInRemoteWindow on, asks before each copy and copies on Copy Anyway', async () => {
    await allowRemoteCopy(true);
    try {
      let shown = user.shown.length;
      user.answer('PAYMENTS_KEY', ScriptedUser.CANCEL);
      await vscode.commands.executeCommand('keyward.copyValue');
      assert.ok(
        user.shown.slice(shown).some((line) => line.includes("Copy PAYMENTS_KEY to this window's clipboard?")),
        user.shown.slice(shown).join(' | '),
      );
      assert.equal(await vscode.env.clipboard.readText(), '', 'cancelled, yet copied');

      shown = user.shown.length;
      user.answer('PAYMENTS_KEY', 'Copy Anyway');
      await vscode.commands.executeCommand('keyward.copyValue');
      assert.equal(await vscode.env.clipboard.readText(), planted);
      await vscode.env.clipboard.writeText('');
      assert.match(await auditText(user), /reveal.*PAYMENTS_KEY.*copy to clipboard \(VS Code, window in a browser\)/);
    } finally {
      await allowRemoteCopy(undefined);
    }
  });

  it('clears a copied value still in the clipboard when the extension stops, and only that value', async () => {
    const clipboard = new SecretClipboard();
    const clipboardHolds = async (text: string) => {
      for (let tries = 0; tries < 50 && (await vscode.env.clipboard.readText()) !== text; tries++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      return (await vscode.env.clipboard.readText()) === text;
    };
    await clipboard.copy(planted, 30);
    clipboard.dispose();
    assert.ok(await clipboardHolds(''), 'disposed with a clear pending, the value stayed in the clipboard');

    await clipboard.copy(planted, 30);
    await clipboard.clearPending(); // what deactivate() awaits
    assert.equal(await vscode.env.clipboard.readText(), '');

    await clipboard.copy(planted, 30);
    await vscode.env.clipboard.writeText('something the user copied since');
    await clipboard.clearPending();
    assert.equal(await vscode.env.clipboard.readText(), 'something the user copied since');
    await vscode.env.clipboard.writeText('');
  });

  it("shows the picker for a Keys-view-shaped argument, from a task's ${command:…} input or any caller", async () => {
    await allowRemoteCopy(true);
    try {
      await vscode.env.clipboard.writeText('');
      const task = (await vscode.tasks.fetchTasks()).find((t) => t.name === 'sneaky copy');
      assert.ok(task, 'the fixture task is there');
      let shown = user.shown.length;
      // The input runs the command with the look-alike argument; the picker is answered with nothing.
      await Promise.resolve(vscode.tasks.executeTask(task)).catch(() => undefined);
      await waitUntil(
        () => user.shown.slice(shown).some((line) => line.startsWith('pick: PAYMENTS_KEY')),
        20_000,
        'keyward.copyValue did not show its picker for the task input',
      );
      assert.notEqual(await vscode.env.clipboard.readText(), planted, 'the key was copied unseen');

      shown = user.shown.length;
      await vscode.commands.executeCommand('keyward.copyValue', { kind: 'key', key: { name: 'PAYMENTS_KEY' } });
      assert.ok(
        user.shown.slice(shown).some((line) => line.startsWith('pick: PAYMENTS_KEY')),
        user.shown.slice(shown).join(' | '),
      );
      assert.notEqual(await vscode.env.clipboard.readText(), planted, 'the key was copied unseen');
    } finally {
      await allowRemoteCopy(undefined);
    }
  });

  it('imports a .env file into the vault and replaces it with a names-only .env.example', async () => {
    const keyward = await keywardApi();
    const envFile = path.join(folder(), '.env');
    const imported = `ghp_${randomBytes(18).toString('hex')}`;
    writeFileSync(envFile, `# service\nIMPORTED_TOKEN=${imported}\nDEBUG=true\n`);
    user.answer('Remove Imported Values');
    await vscode.commands.executeCommand('keyward.importEnv', vscode.Uri.file(envFile));
    const names = (await treeItems(keyward.keysTree)).map((item) => labelText(item.label));
    assert.ok(names.includes('IMPORTED_TOKEN') && names.includes('DEBUG'), `imported: ${names.join(', ')}`);
    assert.equal(existsSync(envFile), false, 'the plaintext .env is gone');
    assert.equal(readFileSync(path.join(folder(), '.env.example'), 'utf8'), '# service\nIMPORTED_TOKEN=\nDEBUG=\n');
    forms.push(imported);
  });

  it('refuses to import from a FIFO instead of waiting on it forever, and from an oversized file', async () => {
    const fifo = path.join(folder(), '.env.fifo');
    execFileSync('mkfifo', [fifo]);
    const huge = path.join(folder(), '.env.huge');
    writeFileSync(huge, `A=${'x'.repeat(2 * 1024 * 1024)}\n`);
    try {
      const shown = user.shown.length;
      await vscode.commands.executeCommand('keyward.importEnv', vscode.Uri.file(fifo));
      await vscode.commands.executeCommand('keyward.importEnv', vscode.Uri.file(huge));
      const said = user.shown.slice(shown).join(' | ');
      assert.match(said, /\.env\.fifo is not a regular file/);
      assert.match(said, /\.env\.huge is larger than a \.env file can be/);
    } finally {
      rmSync(fifo, { force: true });
      rmSync(huge, { force: true });
    }
  });

  it('never hands the plaintext to VS Code: notifications, prompts and the log', async () => {
    const keyward = await keywardApi();
    assertNoPlaintext(user.shown.join('\n'), 'a message or prompt');
    assertNoPlaintext(JSON.stringify(await treeItems(keyward.keysTree)), 'the Keys view');
    const logs = await vscode.workspace.fs.readDirectory(keyward.logUri).then(
      (entries) => entries.map(([name]) => readFileSync(path.join(keyward.logUri.fsPath, name), 'utf8')),
      () => [] as string[],
    );
    assert.ok(logs.join('').includes('Created vault'), 'the log was found and read');
    assertNoPlaintext(logs.join('\n'), 'the log');
  });
});
