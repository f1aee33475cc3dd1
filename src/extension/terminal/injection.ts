import path from 'node:path';
import * as vscode from 'vscode';
import type { SessionHandle } from '../../core/agent/session';
import type { AgentService } from '../agent/agentService';
import { registerCommand } from '../commands';
import { loadFeatures } from '../loadFeatures';
import type { VaultService } from '../vault/vaultService';
import { runTaskWithKeys } from './taskWithKeys';

/**
 * "Inject Keys into Terminals": new terminals get the key agent's address and a session token,
 * and a `keyward` command on PATH; no value. A program there asks for keys (`keyward vault run
 * -- CMD`, `eval "$(keyward env)"`), the user allows it once per session, and the values go from
 * the extension host to the program without passing through the workbench, which receives every
 * environment variable collection's values (in code-server and every remote window, a browser).
 */
export class TerminalInjection implements vscode.Disposable {
  private readonly status = vscode.window.createStatusBarItem('keyward.injection', vscode.StatusBarAlignment.Left, 50);
  private session: SessionHandle | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    log: vscode.LogOutputChannel,
    private readonly vaults: VaultService,
    private readonly agents: AgentService,
  ) {
    context.environmentVariableCollection.persistent = false;
    this.status.name = vscode.l10n.t('Keyward: keys on request in terminals');
    this.status.command = 'keyward.removeInjectedKeys';
    registerCommand(context, log, 'keyward.injectKeys', () => this.inject(log));
    registerCommand(context, log, 'keyward.removeInjectedKeys', () => this.remove(log));
    registerCommand(context, log, 'keyward.runTaskWithKeys', () =>
      runTaskWithKeys(
        () => vaults.require(),
        () => vaults.notifyChanged(),
      ),
    );
    void this.setInjected(false);
  }

  private async inject(log: vscode.LogOutputChannel): Promise<void> {
    this.vaults.require();
    const folder = vscode.workspace.workspaceFolders?.[0];
    const session = await this.agents.openSession({
      label: vscode.l10n.t('terminals of {0}', folder?.name ?? 'this window'),
      vault: () => this.vaults.require(),
      changed: () => this.vaults.notifyChanged(),
    });
    const bin = path.join(await this.agents.dir(), 'bin');
    loadFeatures().writeCliShim(bin, this.agents.launcher);
    this.session?.end();
    this.session = session;
    const collection = this.context.environmentVariableCollection;
    collection.clear();
    for (const [name, value] of Object.entries(session.env)) collection.replace(name, value);
    collection.prepend('PATH', `${bin}${path.delimiter}`);
    collection.description = vscode.l10n.t(
      'Keyward: programs here can ask this window for vault keys (`keyward vault run -- CMD`, `eval "$(keyward env)"`).',
    );
    await this.setInjected(true);
    log.info(`New terminals can ask the key agent for keys (${session.label}).`);
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'New terminals can ask for vault keys: run `keyward vault run -- CMD` or `eval "$(keyward env)"`, and allow it when asked. Terminals already open keep their environment until relaunched.',
      ),
    );
  }

  private async remove(log: vscode.LogOutputChannel): Promise<void> {
    this.session?.end();
    this.session = undefined;
    this.context.environmentVariableCollection.clear();
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

  dispose(): void {
    this.session?.end();
    this.status.dispose();
  }
}
