import path from 'node:path';
import * as vscode from 'vscode';
import { actorName } from '../../core/actor';
import { respondToIncident } from '../../core/incident/respond';
import type { MasterRotationResult } from '../../core/vault/masterRotation';
import { askSecret, confirm } from '../vault/prompts';
import { showAuditLog } from './auditView';
import type { VaultService } from '../vault/vaultService';
import type { Vaults } from '../vault/vaults';

/** The rotation, audit and incident commands; loaded with the features bundle on first use. */
export function rotationCommands({ vaults }: { vaults: Vaults }) {
  const rotateMaster = async (service: VaultService): Promise<MasterRotationResult> => {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Keyward: rotating the master key') },
      () => service.rotateMasterKey(),
    );
    service.notifyChanged();
    return result;
  };
  const choose = (arg: unknown, placeHolder: string) => vaults.choose(arg, ['open'], placeHolder);

  return {
    'keyward.rotateMasterKey': async (arg?: unknown) => {
      const service = await choose(arg, vscode.l10n.t('Vault whose master key to rotate'));
      service.requireWritable();
      await confirm(
        vscode.l10n.t("Rotate the vault's master key?"),
        vscode.l10n.t(
          "Every key and every older version is re-encrypted under a new master key, kept in VS Code's secret storage. Copies of the old key (password manager, CI secrets, KEYWARD_MASTER_KEY) stop working: export the new key afterwards.",
        ),
        vscode.l10n.t('Rotate Master Key'),
      );
      const result = await rotateMaster(service);
      const exportNow = vscode.l10n.t('Export New Master Key');
      const answer = await vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Master key rotated (key id {oldKeyId} → {newKeyId}): {keys} keys and {versions} older versions re-encrypted.',
          { oldKeyId: result.oldKeyId, newKeyId: result.newKeyId, keys: result.keys, versions: result.versions },
        ),
        exportNow,
      );
      if (answer === exportNow) await vscode.commands.executeCommand('keyward.exportMasterKey', service);
    },

    'keyward.verifyAuditLog': async (arg?: unknown) => {
      const service = await choose(arg, vscode.l10n.t('Vault whose audit log to verify'));
      const { entries, problem } = service.require().verifyAudit();
      if (!problem)
        return void vscode.window.showInformationMessage(
          vscode.l10n.t('Audit log intact: {0} entries, every MAC verified.', entries),
        );
      // The problem's description comes from the core, in English.
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Audit log tampered at entry {seq} ({kind}): {message}.', {
          seq: problem.seq,
          kind: problem.kind,
          message: problem.message,
        }),
        { modal: true },
      );
    },

    'keyward.showAuditLog': async (arg?: unknown) => {
      const service = await choose(arg, vscode.l10n.t('Vault whose audit log to show'));
      await showAuditLog(service.require(), service.folder.uri, !service.readOnly);
    },

    'keyward.respondToIncident': async (arg?: unknown) => {
      const service = await choose(arg, vscode.l10n.t('Vault holding the compromised keys'));
      const vault = service.requireWritable();
      // A history finding's response names the key whose value leaked; the user still confirms it.
      const preselect = (arg as { preselect?: unknown } | undefined)?.preselect;
      const leaked = new Set(Array.isArray(preselect) ? preselect.filter((n) => typeof n === 'string') : []);
      const picked = await vscode.window.showQuickPick(
        vault.list().map((k) => ({
          picked: leaked.has(k.name),
          label: k.name,
          description: k.masked,
          detail: vscode.l10n.t('{provider} · {environment}', {
            provider: k.provider ?? vscode.l10n.t('unknown provider'),
            environment: k.environment,
          }),
        })),
        { canPickMany: true, placeHolder: vscode.l10n.t('Which keys are compromised?'), ignoreFocusOut: true },
      );
      if (!picked?.length) return;
      const keys = picked.map((p) => p.label);
      for (const name of keys) await vault.setStatus(name, 'compromised');
      service.notifyChanged();
      const rotated: string[] = [];
      for (const name of keys) {
        const secret = await askSecret(
          vscode.l10n.t('New value of {0} (compromised; Escape to skip and rotate it later)', name),
          vault.get(name).provider ?? undefined,
        );
        if (!secret) continue;
        await vault.rotate(name, secret.value);
        rotated.push(name);
      }
      const rotateNow = vscode.l10n.t('Rotate Master Key');
      const master = await vscode.window.showWarningMessage(
        vscode.l10n.t("Also rotate the vault's master key?"),
        {
          modal: true,
          detail: vscode.l10n.t(
            "The founding document's incident checklist asks for a new ENCRYPTION_KEY and re-encrypting all stored keys.",
          ),
        },
        rotateNow,
      );
      const masterRotated = master === rotateNow ? await rotateMaster(service) : undefined;
      const folder = path.join(path.dirname(service.path()), 'incidents');
      const result = await respondToIncident(service.require(), {
        keys,
        folder,
        actor: actorName('VS Code'),
        rotated,
        masterRotated,
      });
      service.notifyChanged();
      await vscode.window.showTextDocument(vscode.Uri.file(result.reportPath));
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Incident report written. Revoke the old values at each provider and work through its checklist.',
        ),
      );
    },
  };
}
