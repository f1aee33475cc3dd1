import * as vscode from 'vscode';
import { describeDue, describeMaster, rotationReport } from '../../core/vault/reminders';
import type { SettingsService } from '../settings';
import type { VaultService } from '../vault/vaultService';

export interface ReminderDeps {
  context: vscode.ExtensionContext;
  vaults: VaultService;
  settings: SettingsService;
}

const DAY_MS = 86_400_000;
/** Re-activations (window reloads) within this time of the last reminder stay quiet. */
const QUIET_MS = 20 * 3_600_000;

/** Announces keys due for rotation and an old master key: on activation, then every 24 h. */
export function scheduleReminders({ context, vaults, settings }: ReminderDeps): vscode.Disposable {
  const remind = () => void announce({ context, vaults, settings }).catch(() => undefined);
  const first = vaults.onDidChange(() => {
    if (vaults.state !== 'open') return;
    first.dispose();
    remind();
  });
  const timer = setInterval(remind, DAY_MS);
  return new vscode.Disposable(() => {
    first.dispose();
    clearInterval(timer);
  });
}

async function announce({ context, vaults, settings }: ReminderDeps): Promise<void> {
  const vault = vaults.current();
  if (!vault) return;
  const stateKey = `keyward.lastRotationReminder.${vault.id}`;
  const last = context.globalState.get<number>(stateKey) ?? 0;
  if (Date.now() - last < QUIET_MS) return;
  const policy = {
    maxAgeDays: settings.current['rotation.maxAgeDays'],
    masterReminderDays: settings.current['masterKey.rotationReminderDays'],
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
  const lines = [...report.keys.slice(0, 3).map(describeDue), ...(masterDue ? [describeMaster(report.master)] : [])];
  const more = report.keys.length > 3 ? ` (and ${report.keys.length - 3} more)` : '';
  const [rotateKey, rotateMaster] = ['Rotate Key…', 'Rotate Master Key'];
  const actions = [...(report.keys.length ? [rotateKey] : []), ...(masterDue ? [rotateMaster] : [])];
  const answer = await vscode.window.showWarningMessage(`Keyward: ${lines.join('; ')}${more}.`, ...actions);
  if (answer === rotateKey) await vscode.commands.executeCommand('keyward.rotateKey');
  if (answer === rotateMaster) await vscode.commands.executeCommand('keyward.rotateMasterKey');
}
