import * as vscode from 'vscode';
import { registerCommand } from '../commands';
import type { VaultService } from '../vault/vaultService';

/**
 * Hands vault keys to new terminals through the extension's environment variable collection,
 * marked non-persistent so VS Code never writes the values to disk; and runs a task with them.
 */
export class TerminalInjection implements vscode.Disposable {
  private readonly status = vscode.window.createStatusBarItem('keyward.injection', vscode.StatusBarAlignment.Left, 50);

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
    private readonly vaults: VaultService,
  ) {
    context.environmentVariableCollection.persistent = false;
    this.status.name = vscode.l10n.t('Keyward: keys in terminals');
    this.status.command = 'keyward.removeInjectedKeys';
    registerCommand(context, log, 'keyward.injectKeys', () => this.inject());
    registerCommand(context, log, 'keyward.removeInjectedKeys', () => this.remove());
    registerCommand(context, log, 'keyward.runTaskWithKeys', () => this.runTask());
    void this.setInjected(0);
  }

  private async inject(): Promise<void> {
    const secrets = await this.activeSecrets('terminal injection (VS Code)');
    const collection = this.context.environmentVariableCollection;
    collection.clear();
    for (const [name, value] of secrets) collection.replace(name, value);
    collection.description = vscode.l10n.t('{0} keys from the Keyward vault', secrets.size);
    await this.setInjected(secrets.size);
    this.log.info(`Injected ${secrets.size} keys into new terminals: ${[...secrets.keys()].join(', ')}.`);
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'New terminals get {0} keys from the vault. Terminals already open keep their environment until relaunched.',
        secrets.size,
      ),
    );
  }

  private async remove(): Promise<void> {
    this.context.environmentVariableCollection.clear();
    await this.setInjected(0);
    this.log.info('Removed the vault keys from terminals.');
  }

  private async runTask(): Promise<void> {
    this.vaults.require();
    const tasks = (await vscode.tasks.fetchTasks()).filter(
      (t) => t.execution instanceof vscode.ShellExecution || t.execution instanceof vscode.ProcessExecution,
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
    const secrets = Object.fromEntries(await this.activeSecrets(`task ${picked.task.name} (VS Code)`));
    await vscode.tasks.executeTask(withEnv(picked.task, secrets));
  }

  private async activeSecrets(purpose: string): Promise<Map<string, string>> {
    const vault = this.vaults.require();
    const names = vault
      .list()
      .filter((k) => k.status !== 'retired')
      .map((k) => k.name);
    const secrets = await vault.revealForInjection(names, purpose);
    this.vaults.notifyChanged();
    return secrets;
  }

  private async setInjected(count: number): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'keyward.keysInjected', count > 0);
    if (count === 0) return this.status.hide();
    this.status.text = `$(key) ${vscode.l10n.t('{0} in terminals', count)}`;
    this.status.tooltip = vscode.l10n.t(
      'Vault keys are injected into new terminals (not written to disk). Click to remove them.',
    );
    this.status.show();
  }

  dispose(): void {
    this.status.dispose();
  }
}

/** The same task, its execution's environment extended with `env`. */
function withEnv(task: vscode.Task, env: Record<string, string>): vscode.Task {
  const execution = task.execution as vscode.ShellExecution | vscode.ProcessExecution;
  const options = { ...execution.options, env: { ...execution.options?.env, ...env } };
  const run =
    execution instanceof vscode.ShellExecution
      ? execution.commandLine !== undefined
        ? new vscode.ShellExecution(execution.commandLine, options)
        : new vscode.ShellExecution(execution.command!, execution.args ?? [], options)
      : new vscode.ProcessExecution(execution.process, execution.args, options);
  const copy = new vscode.Task(
    task.definition,
    task.scope ?? vscode.TaskScope.Workspace,
    task.name,
    task.source,
    run,
    task.problemMatchers,
  );
  copy.presentationOptions = task.presentationOptions;
  return copy;
}
