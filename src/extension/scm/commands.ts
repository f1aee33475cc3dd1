import * as vscode from 'vscode';
import { KeywardError } from '../../core/errors';
import type { AgentService } from '../agent/agentService';
import type { Handler } from '../commands';
import { assertTrusted } from '../trust';
import type { FindingsModel } from '../scan/findingsModel';
import type { Vaults } from '../vault/vaults';
import type { SCM_COMMAND_IDS } from './commandIds';
import { installHook } from './hookInstall';
import { gitToplevel, scanStagedChanges } from './stagedScan';

export interface ScmCommandDeps {
  vaults: Vaults;
  agents: AgentService;
  model: FindingsModel;
}

/** Scan Staged Changes and Install Pre-commit Hook; loaded with the features bundle on first use. */
export function scmCommands({
  vaults,
  agents,
  model,
}: ScmCommandDeps): Record<(typeof SCM_COMMAND_IDS)[number], Handler> {
  return {
    'keyward.scanStaged': (arg?: unknown) => {
      assertTrusted();
      return scanStagedChanges(arg, model, agents.cli);
    },
    'keyward.installHook': async (arg?: unknown) => {
      assertTrusted();
      const folder = await vaults.choose(
        arg,
        ['none', 'locked', 'open'],
        vscode.l10n.t('Folder whose repository gets the hook'),
      );
      const root = await gitToplevel(folder.folder.uri.fsPath);
      if (!root)
        throw new KeywardError(vscode.l10n.t('{0} is not in a git repository.', folder.folder.name), 'refused', 1);
      await installHook(root, agents.cli);
    },
  };
}
