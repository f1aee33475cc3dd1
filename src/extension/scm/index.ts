import type * as vscode from 'vscode';
import type { AgentService } from '../agent/agentService';
import { registerLazyCommands } from '../commands';
import type { Features } from '../featuresBundle';
import type { FindingsModel } from '../scan/findingsModel';
import type { SettingsService } from '../settings';
import type { Vaults } from '../vault/vaults';
import { CommitGuard } from './commitGuard';
import { SCM_COMMAND_IDS } from './commandIds';

export interface ScmDeps {
  context: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
  settings: SettingsService;
  vaults: Vaults;
  agents: AgentService;
  model: FindingsModel;
  features: () => Pick<Features, 'scmCommands'>;
}

/** Source Control: Scan Staged Changes, Install Pre-commit Hook (both loaded on first use), and the commit check. */
export function registerScmFeatures({ context, log, settings, vaults, agents, model, features }: ScmDeps): void {
  registerLazyCommands(context, log, SCM_COMMAND_IDS, () => features().scmCommands({ vaults, agents, model }));
  context.subscriptions.push(new CommitGuard(settings, agents, vaults, model, log));
}
