import path from 'node:path';
import * as vscode from 'vscode';
import { fileAtCommit, keysLeakedAt } from '../../core/scan/history/atCommit';
import { gitProcess } from '../../core/scan/sources/git/process';
import type { Finding } from '../../core/scan/types';
import type { Vault } from '../../core/vault/vault';
import type { FindingsModel } from '../scan/findingsModel';
import type { VaultService } from '../vault/vaultService';
import type { Vaults } from '../vault/vaults';
import { shownHistoryFinding, type HistoryFindingRef } from './findingRef';
import { SHORT_SHA } from './treeItems';

/**
 * Respond to Compromised Key… on a history finding: says plainly that a pushed secret is fixed
 * only by rotating it, then opens the incident response (mark compromised, rotate, report) of
 * the folder's vault with the vault key holding that value already picked. The value is matched
 * by keyed fingerprint against the file at that commit; nothing is decrypted, and only the key's
 * name and masked value are shown.
 */
export async function respondToLeak(arg: unknown, model: FindingsModel, vaults: Vaults): Promise<void> {
  const { ref, ...found } = shownHistoryFinding(arg, 'keyward.respondToLeak', model, vscode.l10n);
  const { commit } = found.commit;
  const { finding } = found;
  const owner = vaultOf(vaults, ref);
  const vault = owner?.state === 'open' ? owner.current() : undefined;
  const names = vault ? await leakedKeys(vault, ref, finding) : [];
  const key = vault?.list().find((k) => k.name === names[0]);
  const facts = [
    vscode.l10n.t(
      'Every clone, fork and CI cache of the repository keeps its old commits, and rewriting history does not reach them. Rotation is the only fix: create a new value at the provider, revoke this one, and replace it wherever it is used.',
    ),
    key
      ? vscode.l10n.t('It is the value of vault key {name} ({masked}).', { name: key.name, masked: key.masked })
      : vault
        ? vscode.l10n.t('No key in the vault holds this value: pick the compromised keys yourself, if any.')
        : vscode.l10n.t('There is no open Keyward vault for this repository to record the incident in.'),
  ];
  const respond = vscode.l10n.t('Respond to Compromised Key…');
  const writable = owner && vault && !vaults.readOnly;
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{masked} was pushed in commit {sha} ({author}, {date}). Deleting it now does not make it safe.', {
      masked: finding.masked,
      sha: commit.sha.slice(0, SHORT_SHA),
      author: commit.author,
      date: commit.date.slice(0, 10),
    }),
    { modal: true, detail: facts.join('\n\n') },
    ...(writable ? [respond] : []),
  );
  if (answer === respond)
    await vscode.commands.executeCommand('keyward.respondToIncident', { owner, preselect: names });
}

/** The vault of the workspace folder holding the file's path, else of a folder inside the repository. */
function vaultOf(vaults: Vaults, { root, file }: HistoryFindingRef): VaultService | undefined {
  return (
    vaults.forUri(vscode.Uri.file(path.join(root, file))) ??
    vaults.all().find((service) => !path.relative(root, service.folder.uri.fsPath).startsWith('..'))
  );
}

/** The vault keys whose values the finding is, read from the file at its commit. */
async function leakedKeys(vault: Vault, { root, sha, file }: HistoryFindingRef, finding: Finding): Promise<string[]> {
  try {
    return keysLeakedAt(await fileAtCommit(gitProcess(root), sha, file), finding, (text) => vault.findCopies(text));
  } catch {
    // Without the file there is nothing to match: the user picks the keys.
    return [];
  }
}
