import type * as vscode from 'vscode';
import { registerLazyCommands } from '../commands';
import { loadFeatures } from '../loadFeatures';
import type { SettingsService } from '../settings';
import type { VaultService } from '../vault/vaultService';
import { scheduleReminders } from './reminders';

export const ROTATION_COMMANDS = [
  'keyward.rotateMasterKey',
  'keyward.verifyAuditLog',
  'keyward.showAuditLog',
  'keyward.respondToIncident',
] as const;

export interface RotationDeps {
  context: vscode.ExtensionContext;
  vaults: VaultService;
  settings: SettingsService;
}

/** Wires rotation, audit and incident features: lazy commands, the reveal limit, daily reminders. */
export function registerRotationFeatures(deps: RotationDeps, log: vscode.LogOutputChannel): void {
  registerLazyCommands(deps.context, log, ROTATION_COMMANDS, () => loadFeatures().rotationCommands(deps));
  // One gate (and so one counter) for the session, built on the first reveal.
  let gate: ((names: string[], purpose: string) => Promise<void>) | undefined;
  deps.vaults.revealGate = (names, purpose) =>
    (gate ??= loadFeatures().revealGate(deps.vaults, deps.settings))(names, purpose);
  deps.context.subscriptions.push(scheduleReminders(deps));
}
