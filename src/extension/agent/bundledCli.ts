import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { AGENT_ADDRESS_ENV, AGENT_TOKEN_ENV, COMMIT_AGENT_ENV, COMMIT_TOKEN_ENV } from '../../core/agent/env';
import type { CliLauncher } from '../../core/agent/shims';

/** How to start the CLI bundled with this extension (dist/cli.js) under VS Code's own runtime. */
export function cliLauncher(extensionUri: vscode.Uri): CliLauncher {
  return {
    runtime: process.execPath,
    cli: vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath,
    electron: process.versions.electron !== undefined,
    platform: process.platform,
  };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the bundled CLI in `cwd` and collects its output. It gets the extension host's environment
 * without the agent's variables, so a scan run here never asks VS Code a question of its own.
 */
export function runBundledCli(launcher: CliLauncher, args: string[], cwd: string): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [AGENT_ADDRESS_ENV, AGENT_TOKEN_ENV, COMMIT_AGENT_ENV, COMMIT_TOKEN_ENV]) delete env[name];
  if (launcher.electron) env.ELECTRON_RUN_AS_NODE = '1';
  return new Promise((resolve) => {
    execFile(
      launcher.runtime,
      [launcher.cli, ...args],
      { cwd, env, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = typeof error?.code === 'number' ? error.code : error ? 2 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
