import * as vscode from 'vscode';
import type { Handler } from '../commands';
import type { SettingsService } from '../settings';
import type { Vaults } from '../vault/vaults';
import { addToBaseline } from './addToBaseline';
import { parseAddToBaselineArgs, parseMoveToVaultArgs } from './commandArgs';
import type { SCAN_COMMANDS } from './commandIds';
import type { FindingsModel } from './findingsModel';
import { moveToVault } from './moveToVault';
import type { ScanSetup } from './scanSetup';
import { runWorkspaceScan } from './scanWorkspaceCommand';

export interface ScanCommandDeps {
  log: vscode.LogOutputChannel;
  vaults: Vaults;
  settings: SettingsService;
  setup: ScanSetup;
  model: FindingsModel;
}

/** The scan commands' implementations, loaded on first use (the workspace scanner, zod, providers). */
export function scanCommands({
  log,
  vaults,
  settings,
  setup,
  model,
}: ScanCommandDeps): Record<(typeof SCAN_COMMANDS)[number], Handler> {
  return {
    'keyward.scanWorkspace': () => runWorkspaceScan(setup, model, settings, log),
    'keyward.moveToVault': (args) => moveToVault(parseMoveToVaultArgs(args, vscode.l10n), vaults),
    'keyward.addToBaseline': (args) => addToBaseline(parseAddToBaselineArgs(args, vscode.l10n), setup),
  };
}
