import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { base62, crc32 } from '../../src/core/providers/checksums';
import { type CodeServer, startCodeServer } from '../host/codeServer';
import { launchChromium } from '../host/playwright';
import { type PreparedWorkspace, prepareWorkspace } from '../host/workspace';
import type { BrowserContext, Page } from './browser';
import { LeakCheck } from './leakCheck';
import { installVsix, packageVsix } from './vsix';

/** One user at one workbench: keyward.vsix (and the leaky test extension) installed in code-server. */
export interface E2ESession {
  page: Page;
  leaks: LeakCheck;
  workspace: PreparedWorkspace;
  /** The value the user types into Add Key's password box. */
  vaultValue: string;
  /** The made-up token hard-coded in the workspace's src/payments.js. */
  leakedToken: string;
  close(): Promise<void>;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const PLACEHOLDER = '{{LEAKED_GITHUB_TOKEN}}';

/** A made-up classic GitHub token whose CRC32 suffix is valid, so the scanner takes it for real. */
export function madeUpGithubToken(): string {
  const random = [...randomBytes(30)].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
  return `ghp_${random}${base62(crc32(random), 6)}`;
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Installs the packaged extension and the leaky test extension into a fresh extensions folder. */
function installExtensions(root: string, scratch: string): string {
  const started = Date.now();
  const extensionsDir = path.join(scratch, 'extensions');
  const leakyVsix = path.join(scratch, 'leaky.vsix');
  packageVsix(root, path.join(root, 'test', 'e2e', 'leaky-extension'), leakyVsix);
  for (const vsix of [path.join(root, 'keyward.vsix'), leakyVsix]) installVsix(extensionsDir, vsix);
  console.log(`::: install (keyward.vsix + leaky test extension) took ${seconds(started)}`);
  return extensionsDir;
}

export async function openSession(root: string): Promise<E2ESession> {
  if (!process.env.CODE_SERVER)
    throw new Error('CODE_SERVER is not set: run through `npm run test:e2e` (it sources test/host/env.sh).');
  const scratch = mkdtempSync(path.join(tmpdir(), 'keyward-e2e-'));
  let server: CodeServer | undefined;
  let context: BrowserContext | undefined;
  let workspace: PreparedWorkspace | undefined;
  const close = async () => {
    await context?.close();
    await server?.stop();
    workspace?.dispose();
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const extensionsDir = installExtensions(root, scratch);
    workspace = await prepareWorkspace(root, 'e2e');
    const leakedToken = madeUpGithubToken();
    const source = path.join(workspace.folder, 'src', 'payments.js');
    writeFileSync(source, readFileSync(source, 'utf8').replace(PLACEHOLDER, leakedToken));
    const vaultValue = `sk_test_${randomBytes(24).toString('hex')}`;
    // The leaky extension reads the value from a file outside the workspace, named in the environment
    // code-server hands to its extension host: only its command can send the value to the browser.
    const plantedFile = path.join(scratch, 'planted');
    writeFileSync(plantedFile, vaultValue);
    process.env.KEYWARD_E2E_PLANTED_FILE = plantedFile;

    const started = Date.now();
    server = await startCodeServer({ extensionsDir, smokeTestDriver: false });
    context = (await launchChromium(path.join(scratch, 'chromium'))) as unknown as BrowserContext;
    const page = context.pages()[0] ?? (await context.newPage());
    const leaks = new LeakCheck();
    leaks.attach(page);
    await page.goto(`${server.base}/?${new URLSearchParams({ folder: workspace.folder }).toString()}`);
    await page.locator('.monaco-workbench .statusbar').waitFor({ timeout: 60_000 });
    console.log(`::: code-server and workbench up after ${seconds(started)}`);
    return { page, leaks, workspace, vaultValue, leakedToken, close };
  } catch (error) {
    await close();
    throw error;
  }
}
