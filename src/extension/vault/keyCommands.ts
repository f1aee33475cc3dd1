import * as vscode from 'vscode';
import type { Handler } from '../commands';
import type { KEY_COMMANDS, VaultCommandDeps } from './commandIds';
import { askKeyName, askSecret, confirm, pickKey } from './prompts';
import { ALLOW_REMOTE_COPY_SETTING, confirmRemoteCopy, explainRemoteCopyRefused } from './remoteCopy';

/** Commands on single keys: from the palette (with a picker) or from a Keys view item. */
export function keyCommands({
  vaults,
  settings,
  clipboard,
  keysTree,
  remoteWindow,
}: VaultCommandDeps): Record<(typeof KEY_COMMANDS)[number], Handler> {
  return {
    'keyward.addKey': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault to add the key to'));
      const vault = service.requireWritable();
      const name = await askKeyName(vault, vscode.l10n.t('Name of the key (it becomes the environment variable name)'));
      if (!name) return;
      const secret = await askSecret(vscode.l10n.t('Value of {0}', name));
      if (!secret) return;
      const key = await vault.add({ name, value: secret.value, provider: secret.provider });
      service.notifyChanged();
      void vscode.window.showInformationMessage(
        key.provider
          ? vscode.l10n.t('Added {name} ({provider}): {masked}', {
              name: key.name,
              provider: key.provider,
              masked: key.masked,
            })
          : vscode.l10n.t('Added {name} (unknown provider): {masked}', { name: key.name, masked: key.masked }),
      );
    },

    'keyward.copyValue': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault to copy from'));
      // A copy is audited: Restricted Mode refuses it before anything is asked.
      const vault = service.requireWritable();
      // What the audit log calls this copy: in English, as every entry is.
      const copy = remoteWindow
        ? `copy to clipboard (VS Code, window ${remoteWindow.audited})`
        : 'copy to clipboard (VS Code)';
      if (remoteWindow && !settings.current['clipboard.allowInRemoteWindow']) {
        const detail = `${copy}: ${ALLOW_REMOTE_COPY_SETTING} is off`;
        await vault.recordEvent({ action: 'access-refused', detail });
        service.notifyChanged();
        void explainRemoteCopyRefused(remoteWindow);
        return;
      }
      const name = await pickKey(vault, keysTree.node(arg), vscode.l10n.t('Key to copy'));
      if (!name) return;
      if (remoteWindow && !(await confirmRemoteCopy(name, remoteWindow))) return;
      const seconds = settings.current['clipboard.clearAfterSeconds'];
      await clipboard.copy(await vault.reveal(name, copy), seconds);
      service.notifyChanged();
      void vscode.window.showInformationMessage(
        seconds > 0
          ? vscode.l10n.t('Copied {name}. The clipboard is cleared in {seconds} s.', { name, seconds })
          : vscode.l10n.t('Copied {0}.', name),
      );
    },

    'keyward.rotateKey': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault of the key to rotate'));
      const vault = service.requireWritable();
      const name = await pickKey(vault, keysTree.node(arg), vscode.l10n.t('Key to rotate'));
      if (!name) return;
      const current = vault.get(name);
      const secret = await askSecret(
        vscode.l10n.t('New value of {name} (the current one is kept as version {version})', {
          name,
          version: current.version,
        }),
        current.provider ?? undefined,
      );
      if (!secret) return;
      const key = await vault.rotate(name, secret.value);
      service.notifyChanged();
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Rotated {name} to version {version}: {masked}. Revoke the old value at the provider.', {
          name,
          version: key.version,
          masked: key.masked,
        }),
      );
    },

    'keyward.revertKey': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault of the key to revert'));
      const vault = service.requireWritable();
      const name = await pickKey(vault, keysTree.node(arg), vscode.l10n.t('Key to revert'));
      if (!name) return;
      const [previous] = vault.versions(name);
      await confirm(
        vscode.l10n.t('Revert {0} to its previous value?', name),
        previous
          ? vscode.l10n.t('Version {version} ({masked}) becomes current again.', {
              version: previous.version,
              masked: previous.masked,
            })
          : '',
        vscode.l10n.t('Revert'),
      );
      const key = await vault.revert(name);
      service.notifyChanged();
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{name} is back to {masked} (now version {version}).', {
          name,
          masked: key.masked,
          version: key.version,
        }),
      );
    },

    'keyward.renameKey': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault of the key to rename'));
      const vault = service.requireWritable();
      const name = await pickKey(vault, keysTree.node(arg), vscode.l10n.t('Key to rename'));
      if (!name) return;
      const newName = await askKeyName(vault, vscode.l10n.t('New name for {0}', name), name);
      if (!newName || newName === name) return;
      await vault.rename(name, newName);
      service.notifyChanged();
    },

    'keyward.setRotationPeriod': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault of the key'));
      const vault = service.requireWritable();
      const name = await pickKey(vault, keysTree.node(arg), vscode.l10n.t('Key whose rotation period to set'));
      if (!name) return;
      const fallback = settings.for(service.folder)['rotation.maxAgeDays'];
      const choices = [30, 60, 90, 180, 365].map((days) => ({ label: vscode.l10n.t('{0} days', days), days: days }));
      const picked = await vscode.window.showQuickPick(
        [...choices, { label: vscode.l10n.t('Workspace default ({0} days)', fallback), days: null }],
        { placeHolder: vscode.l10n.t('Rotate {0} every…', name) },
      );
      if (!picked) return;
      await vault.setRotationDays(name, picked.days);
      service.notifyChanged();
    },

    'keyward.deleteKey': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault of the key to delete'));
      const vault = service.requireWritable();
      const name = await pickKey(vault, keysTree.node(arg), vscode.l10n.t('Key to delete'));
      if (!name) return;
      await confirm(
        vscode.l10n.t('Delete {0} and all its versions?', name),
        vscode.l10n.t('The vault keeps no copy, not even in its backup. This cannot be undone.'),
        vscode.l10n.t('Delete'),
      );
      await vault.remove(name);
      service.notifyChanged();
    },

    'keyward.refresh': () => vaults.load(),
  };
}
