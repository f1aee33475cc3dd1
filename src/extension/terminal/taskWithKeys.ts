import { homedir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { AGENT_ADDRESS_ENV, AGENT_TOKEN_ENV } from '../../core/agent/env';
import { MASTER_KEY_ENV_VARS } from '../../core/crypto/masterKey';
import { posixCommandLine, resolveVariables, type ShellArgument } from '../../core/tasks/taskCommand';
import type { Handler } from '../commands';
import type { VaultService } from '../vault/vaultService';
import type { Vaults } from '../vault/vaults';
import type { TASK_COMMANDS } from './commandIds';
import { KeyedProcessTerminal, type ProcessSpec } from './keyedProcess';

type RunnableExecution = vscode.ShellExecution | vscode.ProcessExecution;

/** Run Task with Keys, loaded with the features bundle on first use: the task's folder's vault, or the one picked. */
export function taskCommands(vaults: Vaults): Record<(typeof TASK_COMMANDS)[number], Handler> {
  return {
    'keyward.runTaskWithKeys': () =>
      runTaskWithKeys(
        vaults,
        async (folder) =>
          vaults.forFolder(folder) ??
          (await vaults.choose(undefined, ['open'], vscode.l10n.t('Vault whose keys the task gets'))),
      ),
  };
}

/** The task type Keyward's own runs carry (package.json contributes it). */
const KEYED_TASK_TYPE = 'keyward';

/**
 * "Run Task with Keys…": a shell or process task, run by the extension host itself through a
 * CustomExecution whose child gets the vault's keys in an environment built here. VS Code's task
 * system sees only the task's name and its output, so no value reaches the workbench (a task's
 * own `env` would travel there, as an environment variable collection's values do).
 */
async function runTaskWithKeys(
  vaults: Vaults,
  vaultFor: (folder: vscode.WorkspaceFolder | undefined) => Promise<VaultService>,
): Promise<void> {
  vaults.assertWritable();
  const tasks = (await vscode.tasks.fetchTasks()).filter(
    (task) => task.execution instanceof vscode.ShellExecution || task.execution instanceof vscode.ProcessExecution,
  );
  if (tasks.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No shell or process tasks found in this workspace.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    tasks.map((task) => ({ label: task.name, description: task.source, task })),
    { placeHolder: vscode.l10n.t("Task to run with the vault's keys") },
  );
  if (!picked) return;
  const { task } = picked;
  const folder = typeof task.scope === 'object' ? task.scope : undefined;
  // The task's folder's vault (or the one chosen); a missing or locked vault is reported now, not in the task's terminal.
  const owner = await vaultFor(folder);
  // Injection is audited, so Restricted Mode refuses it (VS Code runs no task there anyway).
  owner.requireWritable();
  const keyed = new vscode.Task(
    { type: KEYED_TASK_TYPE, task: task.name },
    task.scope ?? vscode.TaskScope.Workspace,
    task.name,
    'Keyward',
    new vscode.CustomExecution(() => Promise.resolve(new KeyedProcessTerminal(() => processFor(task, folder, owner)))),
    task.problemMatchers,
  );
  keyed.presentationOptions = task.presentationOptions;
  keyed.group = task.group;
  await vscode.tasks.executeTask(keyed);
}

/** The task's process with its variables resolved and the keys in its environment; decrypts last. */
async function processFor(
  task: vscode.Task,
  folder: vscode.WorkspaceFolder | undefined,
  owner: VaultService,
): Promise<ProcessSpec> {
  const execution = task.execution as RunnableExecution;
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => ({ path: f.uri.fsPath, name: f.name }));
  const context = {
    folder: folder && { path: folder.uri.fsPath, name: folder.name },
    folders,
    env: process.env,
    home: homedir(),
    pathSeparator: path.sep,
  };
  const resolve = (text: string) => resolveVariables(text, context);
  const options = execution.options ?? {};
  const cwd = options.cwd ? resolve(options.cwd) : (context.folder ?? folders[0])?.path;
  const taskEnv = Object.fromEntries(Object.entries(options.env ?? {}).map(([name, value]) => [name, resolve(value)]));
  const [file, args] =
    execution instanceof vscode.ProcessExecution
      ? [resolve(execution.process), execution.args.map(resolve)]
      : shellInvocation(execution, resolve);

  const open = owner.requireWritable();
  const names = open
    .list()
    // Compromised keys wait for their rotation; retired ones are not used.
    .filter((key) => key.status === 'active')
    .map((key) => key.name);
  const secrets = await open.revealForInjection(names, `task ${task.name} (VS Code)`);
  owner.notifyChanged();
  return { file, args, cwd, env: { ...childBaseEnv(), ...taskEnv, ...Object.fromEntries(secrets) } };
}

function shellInvocation(execution: vscode.ShellExecution, resolve: (text: string) => string): [string, string[]] {
  const options = execution.options ?? {};
  const windows = process.platform === 'win32';
  const shell = options.executable ?? (windows ? (process.env.ComSpec ?? 'cmd.exe') : (process.env.SHELL ?? '/bin/sh'));
  const shellArgs = options.shellArgs ?? (windows ? ['/d', '/s', '/c'] : ['-c']);
  const commandLine =
    execution.commandLine !== undefined
      ? resolve(execution.commandLine)
      : posixCommandLine(
          argument(execution.command!, resolve),
          (execution.args ?? []).map((a) => argument(a, resolve)),
        );
  return [shell, [...shellArgs, commandLine]];
}

function argument(value: string | vscode.ShellQuotedString, resolve: (text: string) => string): ShellArgument {
  if (typeof value === 'string') return resolve(value);
  const quoting = {
    [vscode.ShellQuoting.Escape]: 'escape',
    [vscode.ShellQuoting.Strong]: 'strong',
    [vscode.ShellQuoting.Weak]: 'weak',
  } as const;
  return { value: resolve(value.value), quoting: quoting[value.quoting] };
}

/**
 * The extension host's environment minus what a task must not inherit: Electron's run-as-Node
 * switch (desktop VS Code sets it for its extension host) and anything that opens the vault.
 */
function childBaseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['ELECTRON_RUN_AS_NODE', ...MASTER_KEY_ENV_VARS, AGENT_ADDRESS_ENV, AGENT_TOKEN_ENV])
    delete env[name];
  return env;
}
