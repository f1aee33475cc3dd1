import * as vscode from 'vscode';
import { MASTER_KEY_ENV_VARS, parseMasterKey } from '../../core/crypto/masterKey';
import { isKeywardError } from '../../core/errors';
import type { Handler } from '../commands';
import type { VAULT_COMMANDS, VaultCommandDeps } from './commandIds';
import { importEnvFile } from './importEnv';
import { confirm } from './prompts';

/** Commands on the vault as a whole and its master key. */
export function vaultCommands({
  vaults,
  settings,
  clipboard,
}: VaultCommandDeps): Record<(typeof VAULT_COMMANDS)[number], Handler> {
  return {
    'keyward.createVault': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['none'], vscode.l10n.t('Folder to create a vault in'));
      await service.create();
      const exportNow = 'Export Master Key';
      const answer = await vscode.window.showInformationMessage(
        "Keyward vault created. Its master key is in VS Code's secret storage; export it to your password manager so the vault can be opened elsewhere.",
        exportNow,
      );
      if (answer === exportNow) await vscode.commands.executeCommand('keyward.exportMasterKey', service);
    },

    // From a file's context menu the argument is its Uri; from the palette there is none.
    'keyward.importEnv': async (arg?: unknown) => importEnvFile(vaults, arg instanceof vscode.Uri ? arg : undefined),

    'keyward.importMasterKey': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['locked', 'open'], vscode.l10n.t('Vault to import the master key for'));
      const fromEnv = MASTER_KEY_ENV_VARS.find((name) => process.env[name]);
      const choice = fromEnv
        ? await vscode.window.showQuickPick(
            [
              { label: 'Paste the key', id: 'paste' },
              { label: `Use ${fromEnv} from the environment`, id: 'env' },
            ],
            { placeHolder: "Import the vault's master key" },
          )
        : { id: 'paste' };
      if (!choice) return;
      const key =
        choice.id === 'env' && fromEnv ? parseMasterKey(process.env[fromEnv]!, fromEnv) : await askMasterKey();
      if (!key) return;
      await service.importMasterKey(key);
      void vscode.window.showInformationMessage('Master key imported: the vault is open.');
    },

    'keyward.exportMasterKey': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault whose master key to export'));
      service.require();
      await confirm(
        "Copy the vault's master key to the clipboard?",
        'Anyone with this key and the vault file can read every key in it. Paste it straight into your password manager. The export is recorded in the audit log.',
        'Copy Master Key',
      );
      const seconds = settings.current['clipboard.clearAfterSeconds'];
      await clipboard.copy(await service.exportMasterKey(), seconds);
      void vscode.window.showInformationMessage(
        `Master key copied${seconds > 0 ? `; the clipboard is cleared in ${seconds} s` : ''}.`,
      );
    },
  };
}

async function askMasterKey(): Promise<Buffer | undefined> {
  const text = await vscode.window.showInputBox({
    title: 'Keyward: Import Master Key',
    prompt: "The vault's master key (base64, 32 bytes), as exported or as in KEYWARD_MASTER_KEY",
    password: true,
    ignoreFocusOut: true,
    validateInput: (value) => {
      try {
        if (value) parseMasterKey(value, 'The key');
        return undefined;
      } catch (error) {
        return isKeywardError(error) ? error.message : 'Not a valid key.';
      }
    },
  });
  return text ? parseMasterKey(text, 'The key') : undefined;
}
