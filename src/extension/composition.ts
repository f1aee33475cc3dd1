import * as vscode from 'vscode';
import type { KeywardApi } from './api';
import { registerRotationFeatures } from './rotation';
import { registerScanFeatures } from './scan';
import { MasterKeyStore } from './secrets/masterKeys';
import { SettingsService } from './settings';
import { AgentService } from './agent/agentService';
import { askForGrant } from './agent/grantPrompt';
import { registerDebugKeys } from './debug/debugKeys';
import { TerminalInjection } from './terminal/injection';
import { registerLazyCommands } from './commands';
import { loadFeatures } from './loadFeatures';
import { SecretClipboard } from './vault/clipboard';
import { KEY_COMMANDS, VAULT_COMMANDS } from './vault/commandIds';
import { KeysTreeProvider } from './vault/keysTree';
import { Vaults } from './vault/vaults';
import { VaultStatusItem } from './vault/vaultStatus';

/**
 * The composition root: builds every service once and ties its lifetime to the extension
 * context. Activation does no I/O beyond this wiring; the vault (and sql.js) load afterwards, and
 * command implementations (with zod and the provider table) load on their first use.
 */
export function compose(context: vscode.ExtensionContext): KeywardApi {
  const log = vscode.window.createOutputChannel('Keyward', { log: true });
  const settings = new SettingsService();
  const vaults = new Vaults(context, settings, new MasterKeyStore(context.secrets), log);
  const clipboard = new SecretClipboard();
  const keysTree = new KeysTreeProvider(vaults, settings);
  const agents = new AgentService(context.extensionUri, log, askForGrant);
  context.subscriptions.push(
    log,
    settings,
    vaults,
    clipboard,
    keysTree,
    vscode.window.createTreeView('keyward.keys', { treeDataProvider: keysTree, showCollapseAll: true }),
    agents,
    new TerminalInjection(context, log, vaults, agents),
    new VaultStatusItem(vaults),
    vscode.commands.registerCommand('keyward.showLog', () => log.show()),
  );
  const deps = { vaults, settings, clipboard };
  registerLazyCommands(context, log, KEY_COMMANDS, () => loadFeatures().keyCommands(deps));
  registerLazyCommands(context, log, VAULT_COMMANDS, () => loadFeatures().vaultCommands(deps));
  registerRotationFeatures({ context, vaults, settings }, log);
  registerDebugKeys(context, log, vaults, agents);
  const scan = registerScanFeatures({ context, log, vaults, settings });
  context.subscriptions.push(scan);
  return { keysTree, findingsTree: scan.findingsTree, logUri: context.logUri, ready: vaults.load() };
}
