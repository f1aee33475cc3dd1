import * as vscode from 'vscode';
import type { KeywardApi } from './api';
import { registerLazyCommands } from './commands';
import { loadFeaturesBundle } from './featuresBundle';
import { lazy } from './lazy';
import { registerRotationFeatures } from './rotation';
import { registerScanFeatures } from './scan';
import { MasterKeyStore } from './secrets/masterKeys';
import { registerScmFeatures } from './scm';
import { SettingsService } from './settings';
import { AgentService } from './agent/agentService';
import { askForGrant } from './agent/grantPrompt';
import { registerDebugKeys } from './debug/debugKeys';
import { registerHistoryFeatures } from './history';
import { TASK_COMMANDS } from './terminal/commandIds';
import { TerminalInjection } from './terminal/injection';
import { SecretClipboard } from './vault/clipboard';
import { KEY_COMMANDS, VAULT_COMMANDS } from './vault/commandIds';
import { KeysTreeProvider } from './vault/keysTree';
import { remoteWindow } from './vault/remoteWindow';
import { Vaults } from './vault/vaults';
import { VaultStatusItem } from './vault/vaultStatus';

/**
 * The composition root: builds every service once, hands each its dependencies through its
 * constructor, and ties its lifetime to the extension context. Activation does no I/O beyond this
 * wiring. The features bundle (command implementations, the vault core and sql.js, the scanner with
 * its rules, zod) is one object, loaded on first use and passed to whoever needs part of it.
 * `deactivate` is the asynchronous part of shutting down: a copied value still waiting to be
 * cleared from the clipboard is cleared.
 */
export function compose(context: vscode.ExtensionContext): { api: KeywardApi; deactivate: () => Promise<void> } {
  const features = lazy(loadFeaturesBundle);
  const log = vscode.window.createOutputChannel('Keyward', { log: true });
  const settings = new SettingsService();
  // One gate, so one per-minute count of reveals, for the session (every folder's vault); built on the first reveal.
  const revealGate = lazy(() => features().revealGate(settings));
  const vaults = new Vaults(context, settings, new MasterKeyStore(context.secrets), log, features, (...args) =>
    revealGate()(...args),
  );
  const clipboard = new SecretClipboard();
  const keysTree = new KeysTreeProvider(vaults, settings);
  const agents = new AgentService(context.extensionUri, log, features, askForGrant);
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
  const deps = { vaults, settings, clipboard, keysTree, remoteWindow: remoteWindow() };
  registerLazyCommands(context, log, KEY_COMMANDS, () => features().keyCommands(deps));
  registerLazyCommands(context, log, VAULT_COMMANDS, () => features().vaultCommands(deps));
  registerRotationFeatures({ context, log, vaults, settings, features });
  registerDebugKeys(context, log, vaults, agents);
  const scan = registerScanFeatures({ context, log, vaults, settings, features });
  context.subscriptions.push(scan);
  registerScmFeatures({ context, log, settings, vaults, agents, model: scan.model, features });
  registerHistoryFeatures({ context, log, settings, vaults, setup: scan.setup, model: scan.model, features });
  registerLazyCommands(context, log, TASK_COMMANDS, () => features().taskCommands(vaults));
  const api: KeywardApi = {
    keysTree,
    findingsTree: scan.findingsTree,
    logUri: context.logUri,
    ready: vaults.load(),
    vaultState: () => vaults.state,
  };
  return { api, deactivate: () => clipboard.clearPending() };
}
