import * as vscode from 'vscode';
import type { Handler } from '../commands';
import type { KEY_COMMANDS, VaultCommandDeps } from './commandIds';
import { askKeyName, askSecret, confirm, pickKey } from './prompts';

/** Commands on single keys: from the palette (with a picker) or from a Keys view item. */
export function keyCommands({
  vaults,
  settings,
  clipboard,
}: VaultCommandDeps): Record<(typeof KEY_COMMANDS)[number], Handler> {
  return {
    'keyward.addKey': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault to add the key to'));
      const vault = service.requireWritable();
      const name = await askKeyName(vault, 'Name of the key (it becomes the environment variable name)');
      if (!name) return;
      const secret = await askSecret(`Value of ${name}`);
      if (!secret) return;
      const key = await vault.add({ name, value: secret.value, provider: secret.provider });
      service.notifyChanged();
      void vscode.window.showInformationMessage(
        `Added ${key.name} (${key.provider ?? 'unknown provider'}): ${key.masked}`,
      );
    },

    'keyward.copyValue': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault to copy from'));
      const vault = service.require();
      const name = await pickKey(vault, arg, 'Key to copy');
      if (!name) return;
      const seconds = settings.current['clipboard.clearAfterSeconds'];
      await clipboard.copy(await vault.reveal(name, 'copy to clipboard (VS Code)'), seconds);
      service.notifyChanged();
      void vscode.window.showInformationMessage(
        seconds > 0 ? `Copied ${name}. The clipboard is cleared in ${seconds} s.` : `Copied ${name}.`,
      );
    },

    'keyward.rotateKey': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault of the key to rotate'));
      const vault = service.requireWritable();
      const name = await pickKey(vault, arg, 'Key to rotate');
      if (!name) return;
      const current = vault.get(name);
      const secret = await askSecret(
        `New value of ${name} (the current one is kept as version ${current.version})`,
        current.provider ?? undefined,
      );
      if (!secret) return;
      const key = await vault.rotate(name, secret.value);
      service.notifyChanged();
      void vscode.window.showInformationMessage(
        `Rotated ${name} to version ${key.version}: ${key.masked}. Revoke the old value at the provider.`,
      );
    },

    'keyward.revertKey': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault of the key to revert'));
      const vault = service.requireWritable();
      const name = await pickKey(vault, arg, 'Key to revert');
      if (!name) return;
      const [previous] = vault.versions(name);
      await confirm(
        `Revert ${name} to its previous value?`,
        previous ? `Version ${previous.version} (${previous.masked}) becomes current again.` : '',
        'Revert',
      );
      const key = await vault.revert(name);
      service.notifyChanged();
      void vscode.window.showInformationMessage(`${name} is back to ${key.masked} (now version ${key.version}).`);
    },

    'keyward.renameKey': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault of the key to rename'));
      const vault = service.requireWritable();
      const name = await pickKey(vault, arg, 'Key to rename');
      if (!name) return;
      const newName = await askKeyName(vault, `New name for ${name}`, name);
      if (!newName || newName === name) return;
      await vault.rename(name, newName);
      service.notifyChanged();
    },

    'keyward.setRotationPeriod': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault of the key'));
      const vault = service.requireWritable();
      const name = await pickKey(vault, arg, 'Key whose rotation period to set');
      if (!name) return;
      const fallback = settings.for(service.folder)['rotation.maxAgeDays'];
      const choices = [30, 60, 90, 180, 365].map((days) => ({ label: `${days} days`, days: days }));
      const picked = await vscode.window.showQuickPick(
        [...choices, { label: `Workspace default (${fallback} days)`, days: null }],
        {
          placeHolder: `Rotate ${name} every…`,
        },
      );
      if (!picked) return;
      await vault.setRotationDays(name, picked.days);
      service.notifyChanged();
    },

    'keyward.deleteKey': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault of the key to delete'));
      const vault = service.requireWritable();
      const name = await pickKey(vault, arg, 'Key to delete');
      if (!name) return;
      await confirm(
        `Delete ${name} and all its versions?`,
        'The vault keeps no copy, not even in its backup. This cannot be undone.',
        'Delete',
      );
      await vault.remove(name);
      service.notifyChanged();
    },

    'keyward.refresh': () => vaults.load(),
  };
}
