import * as vscode from 'vscode';
import { planEnvReplacement } from '../../core/fixes/envEdit';
import { suggestNameFor } from '../../core/fixes/nameHint';
import { KeywardError } from '../../core/errors';
import type { Vault } from '../../core/vault/vault';
import { checkProvider } from '../../core/vault/providerCheck';
import { askKeyName } from '../vault/prompts';
import type { VaultService } from '../vault/vaultService';
import type { Vaults } from '../vault/vaults';
import type { MoveToVaultArgs } from './commandArgs';

const FAMILIES = new Set(['generic', 'private-key']);

/**
 * Stores the hard-coded value in the vault (unless it already holds it) under a name the user
 * confirms, then rewrites the literal as that environment variable's reference. The value is
 * read from the document here, in the extension host, and goes nowhere but `vault.add`.
 */
export async function moveToVault(args: MoveToVaultArgs, vaults: Vaults): Promise<void> {
  const uri = vscode.Uri.parse(args.uri);
  // The file's own folder keeps the secret; a file outside every folder goes where the user says.
  const owner =
    vaults.forUri(uri) ??
    (await vaults.choose(undefined, ['open', 'none'], vscode.l10n.t('Vault to keep the secret in')));
  const document = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(...args.range);
  const value = document.getText(range);
  if (!value) throw new KeywardError(vscode.l10n.t('The secret is no longer there: nothing was moved.'), 'refused', 1);
  let name = args.keyName;
  let stored = false;
  if (!name) {
    const vault = await writableVault(owner);
    if (!vault) return;
    name = vault.recognise(value)[0];
    if (!name) {
      const suggestion = unique(
        vault,
        suggestNameFor(document.lineAt(range.start.line).text, range.start.character, args.provider ?? 'generic'),
      );
      name = await askKeyName(
        vault,
        vscode.l10n.t('Name for the key in the vault (the code will read this environment variable)'),
        suggestion,
      );
      if (!name) return;
      const provider =
        checkProvider(value).provider ?? (args.provider && !FAMILIES.has(args.provider) ? args.provider : undefined);
      await vault.add({ name, value, provider });
      owner.notifyChanged();
      stored = true;
    }
  }
  // The input box left time to edit: rewrite only if the secret is still where it was.
  if (document.isClosed || document.getText(range) !== value)
    throw new KeywardError(
      stored
        ? vscode.l10n.t('The line changed meanwhile; {0} is in the vault, but the code was not rewritten.', name)
        : vscode.l10n.t('The line changed meanwhile; the code was not rewritten.'),
      'refused',
      1,
    );
  const edits = planEnvReplacement(
    document.getText(),
    { start: document.offsetAt(range.start), end: document.offsetAt(range.end) },
    document.languageId,
    name,
  );
  if (!edits)
    throw new KeywardError(
      vscode.l10n.t('Keyward does not know how {0} files read environment variables.', document.languageId),
      'refused',
      1,
    );
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits)
    edit.replace(uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
  if (!(await vscode.workspace.applyEdit(edit)))
    throw new KeywardError(vscode.l10n.t('VS Code refused the edit; the file is unchanged.'), 'refused', 1);
  const masked =
    owner
      .current()
      ?.list()
      .find((k) => k.name === name)?.masked ?? '';
  void vscode.window.showInformationMessage(
    stored
      ? vscode.l10n.t('Moved to the vault as {name} ({masked}). It has been in a file: consider rotating it.', {
          name,
          masked,
        })
      : vscode.l10n.t('Replaced with a reference to {0} from the vault.', name),
  );
}

/** The open vault, offering to create one when the folder has none. */
async function writableVault(vaults: VaultService): Promise<Vault | undefined> {
  if (vaults.state === 'none' && !vaults.readOnly) {
    const create = vscode.l10n.t('Create Vault');
    const answer = await vscode.window.showInformationMessage(
      vaults.multiRoot
        ? vscode.l10n.t('Folder {0} has no Keyward vault yet. Create one to keep this secret in?', vaults.folder.name)
        : vscode.l10n.t('This workspace has no Keyward vault yet. Create one to keep this secret in?'),
      { modal: true },
      create,
    );
    if (answer !== create) return undefined;
    await vaults.create();
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Keyward vault created. Export its master key (Keyward: Export Master Key) to your password manager.',
      ),
    );
  }
  return vaults.requireWritable();
}

function unique(vault: Vault, name: string): string {
  const taken = new Set(vault.list().map((k) => k.name));
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
  return candidate;
}
