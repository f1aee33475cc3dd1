import type * as vscode from 'vscode';
import { registerLazyCommands } from '../commands';
import { loadFeatures } from '../loadFeatures';
import type { SettingsService } from '../settings';
import type { RevealGate } from '../vault/vaultService';
import type { Vaults } from '../vault/vaults';
import { scheduleReminders } from './reminders';

export const ROTATION_COMMANDS = [
  'keyward.rotateMasterKey',
  'keyward.verifyAuditLog',
  'keyward.showAuditLog',
  'keyward.respondToIncident',
] as const;

export interface RotationDeps {
  context: vscode.ExtensionContext;
  vaults: Vaults;
  settings: SettingsService;
}

/** Wires rotation, audit and incident features: lazy commands, the reveal limit, daily reminders. */
export function registerRotationFeatures(deps: RotationDeps, log: vscode.LogOutputChannel): void {
  registerLazyCommands(deps.context, log, ROTATION_COMMANDS, () => loadFeatures().rotationCommands(deps));
  // One gate (and so one counter) for the session, built on the first reveal.
  let gate: RevealGate | undefined;
  deps.vaults.revealGate = (names, purpose, vault) =>
    (gate ??= loadFeatures().revealGate(deps.settings))(names, purpose, vault);
  deps.context.subscriptions.push(scheduleReminders(deps));
}
