import * as vscode from 'vscode';
import { describeDue, describeMaster, rotationReport } from '../../core/vault/reminders';
import type { SettingsService } from '../settings';
import type { VaultService } from '../vault/vaultService';
import type { Vaults } from '../vault/vaults';

export interface ReminderDeps {
  context: vscode.ExtensionContext;
  vaults: Vaults;
  settings: SettingsService;
}

const DAY_MS = 86_400_000;
/** Re-activations (window reloads) within this time of the last reminder stay quiet. */
const QUIET_MS = 20 * 3_600_000;

/** Announces keys due for rotation and old master keys, per open vault: on activation, then every 24 h. */
export function scheduleReminders({ context, vaults, settings }: ReminderDeps): vscode.Disposable {
  const remind = () => {
    for (const service of vaults.all()) void announce(context, service, settings).catch(() => undefined);
  };
  const first = vaults.onDidChange(() => {
    if (!vaults.all().some((service) => service.state === 'open')) return;
    first.dispose();
    remind();
  });
  const timer = setInterval(remind, DAY_MS);
  return new vscode.Disposable(() => {
    first.dispose();
    clearInterval(timer);
  });
}

async function announce(
  context: vscode.ExtensionContext,
  service: VaultService,
  settings: SettingsService,
): Promise<void> {
  const vault = service.current();
  if (!vault) return;
  const folderSettings = settings.for(service.folder);
  const stateKey = `keyward.lastRotationReminder.${vault.id}`;
  const last = context.globalState.get<number>(stateKey) ?? 0;
  if (Date.now() - last < QUIET_MS) return;
  const policy = {
    maxAgeDays: folderSettings['rotation.maxAgeDays'],
    masterReminderDays: folderSettings['masterKey.rotationReminderDays'],
  };
  const report = rotationReport(
    vault.list(),
    vault.meta('master_key_created_at') ?? vault.meta('created_at')!,
    policy,
    new Date(),
  );
  const masterDue = report.master.state === 'overdue';
  if (report.keys.length === 0 && !masterDue) return;
  await context.globalState.update(stateKey, Date.now());
  // Each line is the core's description (English), shared with `keyward vault status`.
  const lines = [...report.keys.slice(0, 3).map(describeDue), ...(masterDue ? [describeMaster(report.master)] : [])];
  const more = report.keys.length - 3;
  const due = lines.join('; ');
  // In a multi-root workspace each folder's vault reminds on its own, naming its folder.
  const folder = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? service.folder.name : undefined;
  const message = folder
    ? more > 0
      ? vscode.l10n.t('Keyward ({folder}): {due} (and {more} more).', { folder, due, more })
      : vscode.l10n.t('Keyward ({folder}): {due}.', { folder, due })
    : more > 0
      ? vscode.l10n.t('Keyward: {due} (and {more} more).', { due, more })
      : vscode.l10n.t('Keyward: {0}.', due);
  const [rotateKey, rotateMaster] = [vscode.l10n.t('Rotate Key…'), vscode.l10n.t('Rotate Master Key')];
  const actions = [...(report.keys.length ? [rotateKey] : []), ...(masterDue ? [rotateMaster] : [])];
  const answer = await vscode.window.showWarningMessage(message, ...actions);
  if (answer === rotateKey) await vscode.commands.executeCommand('keyward.rotateKey', service);
  if (answer === rotateMaster) await vscode.commands.executeCommand('keyward.rotateMasterKey', service);
}
