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
      const exportNow = vscode.l10n.t('Export Master Key');
      const answer = await vscode.window.showInformationMessage(
        vscode.l10n.t(
          "Keyward vault created. Its master key is in VS Code's secret storage; export it to your password manager so the vault can be opened elsewhere.",
        ),
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
              { label: vscode.l10n.t('Paste the key'), id: 'paste' },
              { label: vscode.l10n.t('Use {0} from the environment', fromEnv), id: 'env' },
            ],
            { placeHolder: vscode.l10n.t("Import the vault's master key") },
          )
        : { id: 'paste' };
      if (!choice) return;
      const key =
        choice.id === 'env' && fromEnv ? parseMasterKey(process.env[fromEnv]!, fromEnv) : await askMasterKey();
      if (!key) return;
      const outcome = await service.importMasterKey(key, confirmReplace);
      if (outcome === 'stored')
        void vscode.window.showInformationMessage(vscode.l10n.t('Master key imported: the vault is open.'));
      if (outcome === 'already-stored')
        void vscode.window.showInformationMessage(
          vscode.l10n.t('This master key is already kept for this vault; nothing changed.'),
        );
    },

    'keyward.exportMasterKey': async (arg?: unknown) => {
      const service = await vaults.choose(arg, ['open'], vscode.l10n.t('Vault whose master key to export'));
      // An export is audited: Restricted Mode refuses it before the confirmation.
      service.requireWritable();
      await confirm(
        vscode.l10n.t("Copy the vault's master key to the clipboard?"),
        vscode.l10n.t(
          'Anyone with this key and the vault file can read every key in it. Paste it straight into your password manager. The export is recorded in the audit log.',
        ),
        vscode.l10n.t('Copy Master Key'),
      );
      const seconds = settings.current['clipboard.clearAfterSeconds'];
      await clipboard.copy(await service.exportMasterKey(), seconds);
      void vscode.window.showInformationMessage(
        seconds > 0
          ? vscode.l10n.t('Master key copied; the clipboard is cleared in {0} s.', seconds)
          : vscode.l10n.t('Master key copied.'),
      );
    },
  };
}

/** Asks before a different key kept for this vault is replaced: it may be the only copy of that key. */
async function confirmReplace(storedOpensVault: boolean): Promise<boolean> {
  const replace = vscode.l10n.t('Replace Stored Key');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('Replace the master key kept for this vault on this machine?'),
    {
      modal: true,
      detail: storedOpensVault
        ? vscode.l10n.t(
            'The key kept now also opens this vault. Replacing it loses it unless you keep a copy elsewhere.',
          )
        : vscode.l10n.t(
            'The key kept now does not open this vault as it is; it may belong to an older or newer copy of the file. Replacing it loses it unless you keep a copy elsewhere.',
          ),
    },
    replace,
  );
  return answer === replace;
}

async function askMasterKey(): Promise<Buffer | undefined> {
  const text = await vscode.window.showInputBox({
    title: vscode.l10n.t('Keyward: Import Master Key'),
    prompt: vscode.l10n.t("The vault's master key (base64, 32 bytes), as exported or as in KEYWARD_MASTER_KEY"),
    password: true,
    ignoreFocusOut: true,
    validateInput: (value) => {
      try {
        // 'The key' begins the core's (English) message, so it stays English too.
        if (value) parseMasterKey(value, 'The key');
        return undefined;
      } catch (error) {
        return isKeywardError(error) ? error.message : vscode.l10n.t('Not a valid key.');
      }
    },
  });
  return text ? parseMasterKey(text, 'The key') : undefined;
}
