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
  if (!value) throw new KeywardError('The secret is no longer there: nothing was moved.', 'refused', 1);
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
        'Name for the key in the vault (the code will read this environment variable)',
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
      `The line changed meanwhile; ${stored ? `${name} is in the vault, but ` : ''}the code was not rewritten.`,
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
      `Keyward does not know how ${document.languageId} files read environment variables.`,
      'refused',
      1,
    );
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits)
    edit.replace(uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
  if (!(await vscode.workspace.applyEdit(edit)))
    throw new KeywardError('VS Code refused the edit; the file is unchanged.', 'refused', 1);
  const masked =
    owner
      .current()
      ?.list()
      .find((k) => k.name === name)?.masked ?? '';
  void vscode.window.showInformationMessage(
    stored
      ? `Moved to the vault as ${name} (${masked}). It has been in a file: consider rotating it.`
      : `Replaced with a reference to ${name} from the vault.`,
  );
}

/** The open vault, offering to create one when the folder has none. */
async function writableVault(vaults: VaultService): Promise<Vault | undefined> {
  if (vaults.state === 'none' && !vaults.readOnly) {
    const create = 'Create Vault';
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('There is no Keyward vault {0} yet. Create one to keep this secret in?', vaults.where),
      { modal: true },
      create,
    );
    if (answer !== create) return undefined;
    await vaults.create();
    void vscode.window.showInformationMessage(
      'Keyward vault created. Export its master key (Keyward: Export Master Key) to your password manager.',
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
