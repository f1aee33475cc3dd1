import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A running code-server with its own empty profile and extensions folder. */
export interface CodeServer {
  base: string;
  stop(): Promise<void>;
}

// Quiet, deterministic workbench: no welcome page, no AI side panel, nothing phoning home.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'workbench.enableExperiments': false,
};

export interface CodeServerOptions {
  /** Extensions folder to serve (e.g. with a packaged VSIX installed); default: an empty one of its own. */
  extensionsDir?: string;
  /**
   * Honour the URL payload of the extension-test route (default). Off for user scenarios: in that
   * mode the workbench shows no notification toasts.
   */
  smokeTestDriver?: boolean;
  /**
   * Leave VS Code's workspace trust on (default off): every folder then opens in Restricted Mode,
   * since no browser profile of a run has trusted anything, and without a prompt.
   */
  workspaceTrust?: boolean;
}

// With trust on, a workspace opens untrusted without asking; nothing else differs.
const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
};

/** Starts $CODE_SERVER (set by test/host/env.sh) and waits until /healthz answers. */
export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  const executable = process.env.CODE_SERVER;
  if (!executable)
    throw new Error('CODE_SERVER is not set: run through test/host/run.sh (it sources test/host/env.sh).');
  const scratch = mkdtempSync(path.join(tmpdir(), 'keyward-cs-'));
  mkdirSync(path.join(scratch, 'profile', 'User'), { recursive: true });
  const settings = options.workspaceTrust ? { ...USER_SETTINGS, ...UNTRUSTED_SETTINGS } : USER_SETTINGS;
  writeFileSync(path.join(scratch, 'profile', 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const logFile = path.join(scratch, 'code-server.log');
  const port = await freePort();
  const args = [
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--user-data-dir',
    path.join(scratch, 'profile'),
    '--extensions-dir',
    options.extensionsDir ?? path.join(scratch, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    // Makes the workbench honour the URL payload (extensionDevelopmentPath/extensionTestsPath) and call
    // window.codeAutomationLog/codeAutomationExit, like VS Code's own smoke tests.
    ...(options.smokeTestDriver === false ? [] : ['--vscode-option', 'enable-smoke-test-driver']),
  ];
  const log = openSync(logFile, 'w');
  // Its own process group, so stopping it also stops the extension host it spawned.
  const child = spawn(executable, args, { detached: true, stdio: ['ignore', log, log] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, 'SIGTERM');
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(scratch, { recursive: true, force: true });
  };

  const ready = await Promise.race([healthy(base, 60_000), exited.then(() => false)]);
  if (!ready) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    await stop();
    throw new Error(`code-server did not come up on ${base}; last log lines:\n${tail}`);
  }
  return { base, stop };
}

async function healthy(base: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
