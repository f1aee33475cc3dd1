// The browser-only build (package.json's `browser` entry), as vscode.dev would run it: code-server
// runs an extension without a `main` in its web worker extension host, inside the browser page.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type CodeServer, startCodeServer } from '../host/codeServer';
import { launchChromium } from '../host/playwright';
import { type PreparedWorkspace, prepareWorkspace } from '../host/workspace';
import type { BrowserContext } from './browser';
import { madeUpGithubToken } from './session';
import { installVsix, packageVsix } from './vsix';
import { Workbench } from './workbench';

const root = path.resolve(__dirname, '..', '..');

/**
 * keyward.vsix's files with `main` and `extensionKind` left out of the manifest. With them,
 * code-server (which has a Node extension host) runs `main`; without them VS Code's only choice is
 * the `browser` entry in the web worker, as in vscode.dev, which has no Node extension host at all.
 */
function packageBrowserOnly(scratch: string): string {
  const stage = path.join(scratch, 'stage');
  mkdirSync(stage);
  for (const item of ['package.nls.json', 'l10n', 'media', 'schemas', 'LICENSE', 'README.md', 'dist/web/extension.js'])
    cpSync(path.join(root, item), path.join(stage, item), { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete manifest.main;
  delete manifest.extensionKind;
  delete manifest.scripts;
  writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
  const vsix = path.join(scratch, 'keyward-browser.vsix');
  packageVsix(root, stage, vsix);
  const extensionsDir = path.join(scratch, 'extensions');
  installVsix(extensionsDir, vsix);
  return extensionsDir;
}

describe('the browser-only build in a web worker extension host (code-server)', function () {
  this.timeout(120_000);
  let scratch: string;
  let server: CodeServer | undefined;
  let context: BrowserContext | undefined;
  let workspace: PreparedWorkspace | undefined;
  let ui: Workbench;

  before(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'keyward-web-'));
    const extensionsDir = packageBrowserOnly(scratch);
    workspace = await prepareWorkspace(root, 'e2e');
    const source = path.join(workspace.folder, 'src', 'payments.js');
    writeFileSync(source, readFileSync(source, 'utf8').replace('{{LEAKED_GITHUB_TOKEN}}', madeUpGithubToken()));
    server = await startCodeServer({ extensionsDir, smokeTestDriver: false });
    context = (await launchChromium(path.join(scratch, 'chromium'))) as unknown as BrowserContext;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.base}/?${new URLSearchParams({ folder: workspace.folder }).toString()}`);
    await page.locator('.monaco-workbench .statusbar').waitFor({ timeout: 60_000 });
    ui = new Workbench(page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && context)
      await ui.page
        .screenshot({
          path: path.join(
            root,
            'test-results',
            'e2e',
            `failed-browser-${this.currentTest.title.replace(/\W+/g, '-')}.png`,
          ),
        })
        .catch(() => undefined);
  });

  after(async () => {
    await context?.close();
    await server?.stop();
    workspace?.dispose();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('reports a leaked token in the Problems panel and as a squiggle', async () => {
    await ui.openFile('payments.js');
    await ui.shown(ui.page.locator('.editor-instance .squiggly-error').first());
    await ui.page.keyboard.press('Control+Shift+M');
    const marker = ui.page
      .locator('.markers-panel .monaco-list-row', { hasText: 'GitHub personal access token exposed' })
      .first();
    await ui.shown(marker);
    assert.match(await marker.innerText(), /ghp_\.{4}/, 'the token is shown masked');
  });

  it('offers Ignore on This Line as the quick fix, which silences the finding', async () => {
    const rows = await ui.quickFixes('Ignore on This Line');
    const ignore = rows.filter({ hasText: 'Ignore on This Line' }).first();
    assert.equal(
      await rows.filter({ hasText: 'Move to Vault' }).count(),
      0,
      'the vault fix is offered without a vault',
    );
    await ignore.click();
    await ui.page.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'detached', timeout: 10_000 });
    assert.match(await ui.editorText(), /keyward-ignore github-ghp-token/);
  });

  it('says in the Keyward view what needs a Node extension host, and Scan Workspace says so too', async () => {
    await ui.page.locator('.activitybar [aria-label^="Keyward"]').first().click();
    await ui.shown(ui.page.locator('.welcome-view-content', { hasText: 'Keyward checks the files you open' }));
    await ui.runCommand('Keyward: Scan Workspace');
    await ui.shown(ui.toast('Keyward only scans the files you open'));
  });
});
