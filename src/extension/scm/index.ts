import * as vscode from 'vscode';
import { KeywardError } from '../../core/errors';
import type { AgentService } from '../agent/agentService';
import { registerCommand } from '../commands';
import type { FindingsModel } from '../scan/findingsModel';
import type { SettingsService } from '../settings';
import type { Vaults } from '../vault/vaults';
import { CommitGuard } from './commitGuard';
import { installHook } from './hookInstall';
import { gitToplevel, scanStagedChanges } from './stagedScan';

export interface ScmDeps {
  context: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
  settings: SettingsService;
  vaults: Vaults;
  agents: AgentService;
  model: FindingsModel;
}

/** Source Control: Scan Staged Changes, Install Pre-commit Hook, and the commit check before each commit. */
export function registerScmFeatures({ context, log, settings, vaults, agents, model }: ScmDeps): void {
  registerCommand(context, log, 'keyward.scanStaged', (arg?: unknown) => scanStagedChanges(arg, model, agents.cli));
  registerCommand(context, log, 'keyward.installHook', async (arg?: unknown) => {
    const folder = await vaults.choose(
      arg,
      ['none', 'locked', 'open'],
      vscode.l10n.t('Folder whose repository gets the hook'),
    );
    const root = await gitToplevel(folder.folder.uri.fsPath);
    if (!root)
      throw new KeywardError(vscode.l10n.t('{0} is not in a git repository.', folder.folder.name), 'refused', 1);
    await installHook(root, agents.cli);
  });
  context.subscriptions.push(new CommitGuard(settings, agents, vaults, model, log));
}
