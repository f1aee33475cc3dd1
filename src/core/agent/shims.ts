import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MASTER_KEY_ENV_VARS } from '../crypto/masterKey';
import { shellQuote } from '../shellQuote';

/** How to start the CLI bundled with the extension: VS Code's own runtime, Electron run as Node on desktop. */
export interface CliLauncher {
  /** process.execPath of the extension host. */
  runtime: string;
  /** dist/cli.js inside the installed extension. */
  cli: string;
  /** Whether `runtime` is Electron, which needs ELECTRON_RUN_AS_NODE=1 to behave as Node. */
  electron: boolean;
  platform: NodeJS.Platform;
}

/**
 * Writes `keyward` (and `keyward.cmd` on Windows) into `binDir`, for terminals to find on PATH:
 * the user gets the CLI of this very extension, whatever is installed globally, without npm.
 */
export function writeCliShim(binDir: string, launcher: CliLauncher): string {
  mkdirSync(binDir, { recursive: true, mode: 0o700 });
  if (launcher.platform === 'win32') {
    const file = path.join(binDir, 'keyward.cmd');
    const lines = [
      '@echo off',
      'setlocal',
      launcher.electron ? 'set ELECTRON_RUN_AS_NODE=1' : '',
      `${cmdStart(launcher)} %*`,
    ];
    writeFileSync(file, `${lines.filter(Boolean).join('\r\n')}\r\n`, { mode: 0o700 });
    return file;
  }
  const file = path.join(binDir, 'keyward');
  const script = [
    '#!/bin/sh',
    "# Keyward's CLI as bundled with the VS Code extension that wrote this file (removed when its window closes).",
    `${electronPrefix(launcher)}exec ${shellQuote(launcher.runtime)} ${shellQuote(launcher.cli)} "$@"`,
  ];
  writeFileSync(file, `${script.join('\n')}\n`, { mode: 0o700 });
  return file;
}

export interface RuntimeShim {
  launcher: CliLauncher;
  /** KEYWARD_AGENT and KEYWARD_AGENT_TOKEN of the session: kept in this private file, not in the launch configuration. */
  agentEnv: Readonly<Record<string, string>>;
  keys: readonly string[];
  /** The program the debugger meant to start (`node`, a python path). */
  runtime: string;
}

/**
 * Writes an executable that the debugger starts instead of the runtime: it asks the agent for
 * the session's keys (`keyward env`, so the user is asked and the grant audited), then replaces
 * itself with the real runtime, which keeps the debugger's process id, arguments and environment.
 * The CLI runs without NODE_OPTIONS, so a Node debugger's bootloader does not attach to it, and
 * without a master key from the environment, so the keys come from this session's agent.
 */
export function writeRuntimeShim(file: string, shim: RuntimeShim): string {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const { launcher } = shim;
  const only = shim.keys.join(',');
  if (launcher.platform === 'win32') {
    // cmd has no eval: `keyward vault run` starts the runtime as its child instead.
    const target = `${file}.cmd`;
    const lines = [
      '@echo off',
      'setlocal',
      ...Object.entries(shim.agentEnv).map(([name, value]) => `set "${name}=${value}"`),
      launcher.electron ? 'set ELECTRON_RUN_AS_NODE=1' : '',
      `${cmdStart(launcher)} vault run --only ${only} -- "${shim.runtime}" %*`,
    ];
    writeFileSync(target, `${lines.filter(Boolean).join('\r\n')}\r\n`, { mode: 0o700 });
    return target;
  }
  const agent = Object.entries(shim.agentEnv)
    .map(([name, value]) => `${name}=${shellQuote(value)}`)
    .join(' ');
  const script = [
    '#!/bin/sh',
    '# Written by Keyward for one debug session (removed when it ends): fetches the keys from the',
    "# extension's agent, then becomes the runtime the debugger asked for.",
    `keyward_values=$(${agent} ${MASTER_KEY_ENV_VARS.map((name) => `${name}=`).join(' ')} NODE_OPTIONS= ${electronPrefix(launcher)}${shellQuote(launcher.runtime)} ${shellQuote(launcher.cli)} env --only ${shellQuote(only)}) || exit $?`,
    'eval "$keyward_values"',
    'unset keyward_values',
    `exec ${shellQuote(shim.runtime)} "$@"`,
  ];
  writeFileSync(file, `${script.join('\n')}\n`, { mode: 0o700 });
  return file;
}

function electronPrefix(launcher: CliLauncher): string {
  return launcher.electron ? 'ELECTRON_RUN_AS_NODE=1 ' : '';
}

function cmdStart(launcher: CliLauncher): string {
  return `"${launcher.runtime}" "${launcher.cli}"`;
}
