import path from 'node:path';
import * as vscode from 'vscode';
import type { SessionHandle } from '../../core/agent/session';
import type { AgentService } from '../agent/agentService';
import { registerCommand } from '../commands';
import type { VaultService } from '../vault/vaultService';
import type { Vaults } from '../vault/vaults';

/**
 * "Inject Keys into Terminals": new terminals get the key agent's address and a session token,
 * and a `keyward` command on PATH; no value. A program there asks for keys (`keyward vault run
 * -- CMD`, `eval "$(keyward env)"`), the user allows it once per session, and the values go from
 * the extension host to the program without passing through the workbench, which receives every
 * environment variable collection's values (in code-server and every remote window, a browser).
 * In a multi-root workspace each folder's terminals get a session of that folder's vault.
 */
export class TerminalInjection implements vscode.Disposable {
  private readonly status = vscode.window.createStatusBarItem('keyward.injection', vscode.StatusBarAlignment.Left, 50);
  private sessions: { session: SessionHandle; folder: vscode.WorkspaceFolder }[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    log: vscode.LogOutputChannel,
    private readonly vaults: Vaults,
    private readonly agents: AgentService,
  ) {
    context.environmentVariableCollection.persistent = false;
    this.status.name = vscode.l10n.t('Keyward: keys on request in terminals');
    this.status.command = 'keyward.removeInjectedKeys';
    registerCommand(context, log, 'keyward.injectKeys', () => this.inject(log));
    registerCommand(context, log, 'keyward.removeInjectedKeys', () => this.remove(log));
    void this.setInjected(false);
  }

  private async inject(log: vscode.LogOutputChannel): Promise<void> {
    // Every grant and refusal is audited in the vault: Restricted Mode has no injection.
    this.vaults.assertWritable();
    const open = this.vaults.all().filter((vault) => vault.state === 'open');
    // With no open vault, the first folder's refusal says what is missing.
    if (open.length === 0) (await this.vaults.choose(undefined, ['open'], '')).require();
    const sessions = await Promise.all(open.map((vault) => this.openSession(vault)));
    const bin = await this.agents.writeCliShim();
    this.endSessions();
    this.sessions = sessions;
    const collection = this.context.environmentVariableCollection;
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    for (const { session, folder } of sessions) {
      const target = multiRoot ? collection.getScoped({ workspaceFolder: folder }) : collection;
      for (const [name, value] of Object.entries(session.env)) target.replace(name, value);
    }
    collection.prepend('PATH', `${bin}${path.delimiter}`);
    collection.description = vscode.l10n.t(
      'Keyward: programs here can ask this window for vault keys (`keyward vault run -- CMD`, `eval "$(keyward env)"`).',
    );
    await this.setInjected(true);
    log.info(
      `New terminals can ask the key agent for keys (${sessions.map(({ session }) => session.label).join('; ')}).`,
    );
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'New terminals can ask for vault keys: run `keyward vault run -- CMD` or `eval "$(keyward env)"`, and allow it when asked. Terminals already open keep their environment until relaunched.',
      ),
    );
  }

  private async remove(log: vscode.LogOutputChannel): Promise<void> {
    this.endSessions();
    await this.setInjected(false);
    log.info('Terminals can no longer ask for keys; their session ended.');
  }

  private async setInjected(injected: boolean): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'keyward.keysInjected', injected);
    if (!injected) return this.status.hide();
    this.status.text = `$(key) ${vscode.l10n.t('Keys on request')}`;
    this.status.tooltip = vscode.l10n.t(
      'New terminals can ask for vault keys, and you are asked once per session. Click to end the session.',
    );
    this.status.show();
  }

  private openSession(vault: VaultService): Promise<{ session: SessionHandle; folder: vscode.WorkspaceFolder }> {
    return this.agents
      .openSession({
        label: vscode.l10n.t('terminals of {0}', vault.folder.name),
        vault: () => vault.requireWritable(),
        changed: () => vault.notifyChanged(),
      })
      .then((session) => ({ session, folder: vault.folder }));
  }

  /** Ends every terminal session and takes the variables away from new terminals. */
  private endSessions(): void {
    const collection = this.context.environmentVariableCollection;
    for (const { session, folder } of this.sessions) {
      session.end();
      collection.getScoped({ workspaceFolder: folder }).clear();
    }
    this.sessions = [];
    collection.clear();
  }

  dispose(): void {
    for (const { session } of this.sessions) session.end();
    this.status.dispose();
  }
}
