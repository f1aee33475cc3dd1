import * as vscode from 'vscode';
import { describeImport, importEnv, rewriteAfterImport, type EnvImport } from '../../core/dotenv/importEnv';
import { KeywardError } from '../../core/errors';
import { SIZE_LIMITS } from '../../core/files/regularFile';
import type { Vaults } from './vaults';

/**
 * Moves the entries of a .env file into the vault (creating the vault if needed), then offers to
 * remove from the file the values proven to be in the vault and to write a names-only
 * `.env.example`. Anything not stored (conflicts, invalid names) stays in the file, and the
 * notification says so.
 */
export async function importEnvFile(vaults: Vaults, given?: vscode.Uri): Promise<void> {
  vaults.assertWritable();
  const uri = given ?? (await pickEnvFile());
  if (!uri) return;
  const file = vscode.workspace.asRelativePath(uri);
  await assertSmallRegularFile(uri, file);
  const text = decodeUtf8(await vscode.workspace.fs.readFile(uri), file);
  // The file's own folder keeps its keys; a file outside every folder goes where the user says.
  const service = await vaults.choose(uri, ['open', 'none'], vscode.l10n.t('Vault to import the keys into'));
  if (service.state === 'none') await service.create();
  const vault = service.requireWritable();
  const result = await importEnv(vault, text, { source: file });
  service.notifyChanged();
  // The per-name outcomes come from the core, in English; the sentences around them are translated.
  const outcome = describeImport(result, file).join(' ');
  if (result.verified.size === 0) {
    void vscode.window.showInformationMessage(outcome || vscode.l10n.t('{file} has no entries to import.', { file }));
    return;
  }
  const remove = vscode.l10n.t('Remove Imported Values');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('{outcome} The file still holds the imported values in plaintext.', { outcome }),
    remove,
    vscode.l10n.t('Leave File'),
  );
  if (answer === remove) await removeImportedValues(uri, result);
}

async function removeImportedValues(uri: vscode.Uri, result: EnvImport): Promise<void> {
  const file = vscode.workspace.asRelativePath(uri);
  const rewrite = rewriteAfterImport(result);
  if ('refused' in rewrite) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{file} was left as it is: {reason}.', { file, reason: rewrite.refused }),
    );
    return;
  }
  const example = vscode.Uri.joinPath(uri, '..', '.env.example');
  const exampleExists = await vscode.workspace.fs.stat(example).then(
    () => true,
    () => false,
  );
  if (!exampleExists)
    await vscode.workspace.fs.writeFile(
      example,
      new TextEncoder().encode(`${rewrite.example.text.replace(/\n*$/, '')}\n`),
    );
  const { remaining } = rewrite;
  // Only values proven to be in the vault leave the file: no copy of them belongs in the trash.
  if (remaining.text === undefined) await vscode.workspace.fs.delete(uri, { useTrash: false });
  else await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(remaining.text));
  void vscode.window.showInformationMessage(removedMessage(file, remaining.text === undefined, remaining.keptNames));
  if (!exampleExists) await vscode.window.showTextDocument(example);
}

/** Whole sentences per case, so that translations need not be assembled from pieces. */
function removedMessage(file: string, deleted: boolean, keptNames: string[]): string {
  if (deleted) return vscode.l10n.t('Deleted {file}: every value in it is in the vault.', { file });
  if (keptNames.length === 0)
    return vscode.l10n.t('Removed the imported values from {file}; it keeps its comments.', { file });
  return vscode.l10n.t('Removed the imported values from {file}; it keeps {names}.', {
    file,
    names: keptNames.join(', '),
  });
}

/**
 * A .env file is a small regular file. Reading a FIFO or a device would never end (a pull request
 * can commit a symlink to one), and the CLI's `vault import` refuses the same shapes and sizes.
 */
async function assertSmallRegularFile(uri: vscode.Uri, file: string): Promise<void> {
  const { type, size } = await vscode.workspace.fs.stat(uri);
  if ((type & vscode.FileType.File) === 0)
    throw new KeywardError(
      vscode.l10n.t('{file} is not a regular file (a FIFO, device or directory); nothing was imported.', { file }),
      'invalid-input',
      1,
    );
  if (size > SIZE_LIMITS.config)
    throw new KeywardError(
      vscode.l10n.t('{file} is larger than a .env file can be ({limit} MB); nothing was imported.', {
        file,
        limit: SIZE_LIMITS.config / (1024 * 1024),
      }),
      'invalid-input',
      1,
    );
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new KeywardError(
      vscode.l10n.t('{file} is not UTF-8 text; it was left as it is.', { file }),
      'invalid-input',
      1,
    );
  }
}

async function pickEnvFile(): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && /(^|[\\/])\.env(\.[\w-]+)?$/.test(active.path) && !active.path.endsWith('.example')) return active;
  const found = (await vscode.workspace.findFiles('**/.env*', '**/node_modules/**', 50)).filter(
    (u) => !u.path.endsWith('.example'),
  );
  if (found.length === 1) return found[0];
  if (found.length > 1) {
    const picked = await vscode.window.showQuickPick(
      found.map((u) => ({ label: vscode.workspace.asRelativePath(u), uri: u })),
      { placeHolder: vscode.l10n.t('.env file to import') },
    );
    return picked?.uri;
  }
  const [chosen] =
    (await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: vscode.l10n.t('Import'),
      title: vscode.l10n.t('Import .env File'),
    })) ?? [];
  return chosen;
}
