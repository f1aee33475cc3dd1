import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GIT_ENV } from '../fixtures/cli-scan/git';
import { LeakRules } from './leakRules';
import { type E2ESession, openSession } from './session';
import { Workbench } from './workbench';

// The user's scenario with the packaged extension (see test/e2e/README.md), one step per test; the
// suite bails at the first failure since every step builds on the one before.
const root = path.resolve(__dirname, '..', '..');
const shots = path.join(root, 'test-results', 'e2e');
const started = Date.now();
let session: E2ESession;
let ui: Workbench;
let rules: LeakRules;

const masked = (value: string, prefix: string) => `${prefix}....${value.slice(-4)}`;
const shoot = (name: string) => session.page.screenshot({ path: path.join(shots, `${name}.png`) });

/** A scenario step: after its body, the page's HTML is kept and everything so far searched. */
function step(title: string, body: () => Promise<void>): void {
  it(title, async () => {
    session.leaks.enterStep(title);
    await body();
    await session.leaks.snapshot(session.page);
    assert.deepEqual(rules.violations(), [], 'a planted value reached the browser');
  });
}

/** Answers Keyward's grant modal with "Allow for This Session" after checking what it asks. */
async function allowInModal(question: string, shot: string): Promise<void> {
  const dialog = ui.page.locator('.monaco-dialog-box', { hasText: question });
  await ui.shown(dialog);
  await shoot(shot);
  await dialog.locator('.monaco-button', { hasText: 'Allow for This Session' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The program wrote the SHA-256 of the vault value to `file`: it had the value. */
async function provesHash(file: string): Promise<void> {
  const expected = createHash('sha256').update(session.vaultValue).digest('hex');
  const read = () => (existsSync(file) ? readFileSync(file, 'utf8').trim() : '');
  for (let tries = 0; tries < 300 && read().length < 64; tries++) await ui.page.waitForTimeout(100);
  assert.equal(read(), expected, `${path.basename(file)} does not hold the hash of the key`);
}

describe('Keyward as a user sees it (keyward.vsix in code-server)', function () {
  this.timeout(60_000);

  before(async function () {
    this.timeout(180_000);
    rmSync(shots, { recursive: true, force: true });
    mkdirSync(shots, { recursive: true });
    session = await openSession(root);
    ui = new Workbench(session.page);
    rules = new LeakRules(session);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session)
      await shoot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
  });

  after(async () => {
    if (session) {
      const { leaks } = session;
      console.log(
        `::: leak check searched ${leaks.count('received')} frames received, ${leaks.count('sent')} sent, ${leaks.count('html')} HTML snapshots`,
      );
      await session.close();
    }
    console.log(
      `::: scenario (code-server, chromium, every step) took ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  step('opens the Keyward container from the activity bar', async () => {
    // The secondary side bar (chat) opens empty on a new profile: close it, as a user would.
    const secondary = ui.page.locator('.part.auxiliarybar');
    if (await secondary.isVisible()) await ui.page.keyboard.press('Control+Alt+B');
    await ui.page.locator('.activitybar [aria-label^="Keyward"]').first().click();
    await ui.page.getByRole('button', { name: 'Create Vault' }).waitFor({ timeout: 30_000 });
    await shoot('01-welcome');
  });

  step('creates a vault from the welcome view', async () => {
    await ui.page.getByRole('button', { name: 'Create Vault' }).click();
    const toast = ui.toast('Keyward vault created');
    await toast.waitFor();
    await shoot('02-vault-created');
    await ui.dismiss(toast);
    await ui.page.locator('.welcome-view-content', { hasText: 'The vault is empty' }).waitFor();
  });

  step('adds a key through "Keyward: Add Key…" in the command palette', async () => {
    const typing = session.leaks.mark();
    await ui.runCommand('Keyward: Add Key');
    await ui.answerInput('Name of the key', 'PAYMENTS_KEY');
    await ui.page.locator('.quick-input-widget input[type="password"]').waitFor({ state: 'visible' });
    await ui.typeInput('Value of PAYMENTS_KEY', session.vaultValue);
    await ui.page.locator('.quick-input-widget .quick-input-message', { hasText: /Stripe/ }).waitFor();
    await shoot('03-add-key-password-box');
    await ui.page.keyboard.press('Enter');
    await ui.toast('Added PAYMENTS_KEY').waitFor();
    // Control: the search sees the traffic in the clear. The typed value goes to the server (validation).
    assert.notDeepEqual(
      session.leaks.leaks(session.vaultValue, ['sent'], typing),
      [],
      'the typed value was not seen going to the server',
    );
  });

  step('shows only the masked value in the Keys view', async () => {
    const row = ui.treeRow('PAYMENTS_KEY');
    await row.waitFor();
    const text = await row.innerText();
    assert.ok(text.includes(masked(session.vaultValue, 'sk_test_')), `row shows "${text}"`);
    assert.ok(!text.includes(session.vaultValue));
    await ui.dismiss(ui.toast('Added PAYMENTS_KEY'));
    await shoot('04-keys-view-masked');
  });

  step('refuses Copy Value in this browser window, saying why', async () => {
    await ui.runCommand('Keyward: Copy Value');
    const toast = ui.toast('Keyward did not copy the key');
    await ui.shown(toast);
    assert.match(await toast.innerText(), /runs in a browser/);
    await shoot('04b-copy-refused-in-browser');
    await ui.dismiss(toast);
  });

  step('reports the leaked token in the Problems panel and as a squiggle', async () => {
    await ui.openFile('payments.js');
    await ui.page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: 20_000 });
    await ui.page.keyboard.press('Control+Shift+M');
    const marker = ui.page
      .locator('.markers-panel .monaco-list-row', { hasText: 'GitHub personal access token exposed' })
      .first();
    await marker.waitFor();
    assert.ok((await marker.innerText()).includes(masked(session.leakedToken, 'ghp_')));
    await shoot('05-problems-and-squiggle');
    // Control: before the fix the editor legitimately received the file's text, token included.
    assert.notDeepEqual(
      session.leaks.leaks(session.leakedToken, ['received']),
      [],
      'the file text was not seen arriving',
    );
  });

  step('moves the token to the vault with the quick fix and rewrites the line', async () => {
    rules.tokenMoving();
    const moveToVault = 'Move to Vault and Replace with Environment Reference';
    const fix = (await ui.quickFixes(moveToVault)).filter({ hasText: moveToVault }).first();
    await shoot('06-quick-fix');
    await fix.click();
    await ui.answerInput('Name for the key in the vault', 'GITHUB_TOKEN');
    await ui.toast('Moved to the vault as GITHUB_TOKEN').waitFor();
    assert.ok((await ui.editorText()).includes('export const githubToken = process.env.GITHUB_TOKEN;'));
    await ui.page
      .locator('.markers-panel .monaco-list-row', { hasText: 'GitHub personal access token' })
      .waitFor({ state: 'detached' });
    // The editor repaints its decorations a moment after the Problems panel updates.
    await ui.page.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'detached', timeout: 10_000 });
    assert.equal(await ui.page.locator('.editor-instance .squiggly-error').count(), 0, 'a squiggle is left');
    assert.ok((await ui.treeRow('GITHUB_TOKEN').innerText()).includes(masked(session.leakedToken, 'ghp_')));
    await ui.page.keyboard.press('Control+S');
    await shoot('07-line-rewritten');
    // The save goes through the remote file system: give the write a moment to land on disk.
    const saved = () => readFileSync(path.join(session.workspace.folder, 'src', 'payments.js'), 'utf8');
    for (let tries = 0; tries < 100 && !saved().includes('process.env.GITHUB_TOKEN'); tries++)
      await ui.page.waitForTimeout(100);
    assert.ok(
      saved().includes('process.env.GITHUB_TOKEN') && !saved().includes(session.leakedToken),
      'the saved file still holds the token',
    );
  });

  step('hovering process.env.GITHUB_TOKEN shows the vault key, masked', async () => {
    await ui.dismiss(ui.toast('Moved to the vault as GITHUB_TOKEN'));
    await ui.hoverText('GITHUB_TOKEN');
    const hover = ui.page.locator('.monaco-hover', { hasText: 'Keyward vault' }).first();
    await hover.waitFor();
    const text = await hover.innerText();
    assert.ok(
      text.includes('GITHUB_TOKEN') && text.includes(masked(session.leakedToken, 'ghp_')),
      `hover shows "${text}"`,
    );
    await shoot('08-hover');
  });

  step('rotates the master key from the command palette, and the vault still verifies', async () => {
    await ui.runCommand('Keyward: Rotate Master Key');
    const confirm = ui.page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Rotate Master Key' }).first();
    await confirm.waitFor();
    await shoot('09-rotate-master-key-confirm');
    await confirm.click();
    const done = ui.toast('Master key rotated');
    await done.waitFor({ timeout: 30_000 });
    assert.match(await done.innerText(), /2 keys and 0 older versions re-encrypted/);
    await ui.toast('rotating the master key').waitFor({ state: 'hidden' });
    await shoot('10-master-key-rotated');
    await ui.dismiss(done);
    // The audit log's MACs are keyed from the master key: they verify only if the new key took over cleanly.
    await ui.runCommand('Keyward: Verify Audit Log');
    const verified = ui.toast(/Audit log intact: \d+ entries, every MAC verified/);
    await verified.waitFor();
    await ui.dismiss(verified);
    assert.ok((await ui.treeRow('PAYMENTS_KEY').innerText()).includes(masked(session.vaultValue, 'sk_test_')));
  });

  step('injects keys into terminals: a shell there asks for a key, and has it', async () => {
    await ui.runCommand('Keyward: Inject Keys into Terminals');
    await ui.dismiss(ui.toast('New terminals can ask for vault keys'));
    const probe = path.join(session.workspace.folder, 'terminal-probe.txt');
    await ui.runCommand('Terminal: Create New Terminal');
    await ui.page.locator('.terminal-wrapper.active .xterm-helper-textarea').first().waitFor({ state: 'attached' });
    await ui.page.keyboard.type(
      `eval "$(keyward env --only PAYMENTS_KEY)" && printf %s "$PAYMENTS_KEY" | sha256sum | cut -c1-64 | tee '${probe}'`,
    );
    await ui.page.keyboard.press('Enter');
    await allowInModal('Let `keyward env --only PAYMENTS_KEY` read PAYMENTS_KEY', '11-grant-terminal');
    await provesHash(probe);
    // What VS Code shows here is the collection that reached the browser: the agent, never a value.
    await ui.runCommand('Terminal: Show Environment Contributions');
    await ui.page.locator('.editor-instance', { hasText: 'KEYWARD_AGENT_TOKEN' }).first().waitFor();
    await shoot('12-environment-contributions');
  });

  step('runs a task with keys: the task has the key', async () => {
    const probe = path.join(session.workspace.folder, 'task-probe.txt');
    await ui.runCommand('Keyward: Run Task with Keys');
    await ui.quickInputRow('hash the payments key').waitFor();
    await ui.page.keyboard.press('Enter');
    await provesHash(probe);
    await shoot('13-task-with-keys');
  });

  step('debugs a small Node program whose launch configuration asks for the key', async () => {
    const probe = path.join(session.workspace.folder, 'debug-probe.txt');
    await ui.runCommand('Debug: Select and Start Debugging');
    await ui.quickInputRow('Debug probe with keys').waitFor();
    await ui.page.keyboard.press('Enter');
    await allowInModal('Let `keyward env --only PAYMENTS_KEY` read PAYMENTS_KEY', '14-grant-debug-session');
    await provesHash(probe);
    await shoot('15-debug-session');
  });

  step('Scan Git History lists the token an old commit added, masked, and Respond picks its vault key', async () => {
    // The workspace becomes a repository whose history once held the token (now vault key GITHUB_TOKEN).
    const folder = session.workspace.folder;
    const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, env: GIT_ENV, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    mkdirSync(path.join(folder, 'legacy'), { recursive: true });
    writeFileSync(path.join(folder, 'legacy', 'deploy.js'), `export const token = "${session.leakedToken}";\n`);
    git('add', 'legacy/deploy.js');
    git('commit', '-q', '-m', 'add the deploy script');
    rmSync(path.join(folder, 'legacy'), { recursive: true });
    git('add', '-A', 'legacy');
    git('commit', '-q', '-m', 'drop the deploy script');

    // A clean window for the screenshots: the earlier steps' editors and panel closed.
    await ui.runCommand('View: Close All Editors');
    await ui.page.keyboard.press('Control+J');
    await ui.runCommand('Keyward: Scan Git History');
    const found = ui.toast('1 secret in the git history');
    await found.waitFor({ timeout: 30_000 });
    const commit = ui.treeRow('add the deploy script');
    await commit.waitFor();
    // Found by its path at that commit: the Keys view shows the same masked value on GITHUB_TOKEN's row.
    const finding = ui.treeRow('legacy/deploy.js:1');
    await finding.waitFor();
    assert.ok((await finding.innerText()).includes(masked(session.leakedToken, 'ghp_')));
    await shoot('16-git-history-findings');

    await ui.contextMenuChoice(finding, 'Respond to Compromised Key…');
    const dialog = ui.page.locator('.monaco-dialog-box', { hasText: 'Rotation is the only fix' });
    await ui.shown(dialog);
    assert.match(await dialog.innerText(), /It is the value of vault key GITHUB_TOKEN/);
    await shoot('17-respond-to-pushed-secret');
    await dialog.locator('.monaco-button', { hasText: 'Respond to Compromised Key…' }).click();
    const picked = ui.quickInputRow('GITHUB_TOKEN');
    await picked.waitFor();
    assert.equal(await picked.getAttribute('aria-checked'), 'true', 'GITHUB_TOKEN is not picked');
    assert.equal(await ui.quickInputRow('PAYMENTS_KEY').getAttribute('aria-checked'), 'false');
    await shoot('18-incident-key-picked');
    await ui.page.keyboard.press('Escape');
  });

  it('the leak check catches a value put into a terminal environment collection (test-only extension)', async () => {
    session.leaks.enterStep('leaky terminal injection');
    const before = session.leaks.mark();
    await ui.runCommand('Leaky E2E: Inject Planted Value into Terminals');
    await ui.toast('Leaky: injected into terminals').waitFor();
    // VS Code hands a collection's values to the workbench as soon as they change.
    const caught = () => session.leaks.leaks(session.vaultValue, ['received'], before);
    for (let tries = 0; tries < 50 && caught().length === 0; tries++) await ui.page.waitForTimeout(100);
    assert.notDeepEqual(caught(), [], 'the value in the collection went unnoticed');
  });

  it('the leak check catches a deliberately leaking extension (test-only, not in keyward.vsix)', async () => {
    session.leaks.enterStep('leaky extension');
    await ui.runCommand('Leaky E2E: Show Planted Value');
    await ui.toast('Debug: the value is').waitFor();
    await shoot('99-leak-caught');
    await session.leaks.snapshot(session.page);
    // The very rules every step asserted must now fail (every step before found nothing).
    const caught = rules.violations();
    assert.ok(
      caught.some((v) => v.startsWith('vault key in received frame')),
      'the leak in the frames went unnoticed',
    );
    assert.ok(
      caught.some((v) => v.startsWith('vault key in page HTML')),
      'the leak in the page went unnoticed',
    );
  });
});
