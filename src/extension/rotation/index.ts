import type * as vscode from 'vscode';
import { registerLazyCommands } from '../commands';
import type { Features } from '../featuresBundle';
import type { SettingsService } from '../settings';
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
  log: vscode.LogOutputChannel;
  vaults: Vaults;
  settings: SettingsService;
  features: () => Pick<Features, 'rotationCommands'>;
}

/** Wires rotation, audit and incident features: lazy commands and daily reminders. */
export function registerRotationFeatures({ context, log, vaults, settings, features }: RotationDeps): void {
  registerLazyCommands(context, log, ROTATION_COMMANDS, () => features().rotationCommands({ vaults }));
  context.subscriptions.push(scheduleReminders({ context, vaults, settings }));
}
