import * as vscode from 'vscode';
import { parseEnvFile, toEnvExample } from '../../core/dotenv/importEnv';
import { KeywardError } from '../../core/errors';
import { checkProvider } from '../../core/vault/providerCheck';
import type { Vaults } from './vaults';

/**
 * Moves every entry of a .env file into the vault (creating the vault if needed), then offers to
 * replace the file with a names-only `.env.example`.
 */
export async function importEnvFile(vaults: Vaults, given?: vscode.Uri): Promise<void> {
  const uri = given ?? (await pickEnvFile());
  if (!uri) return;
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const { entries, skipped } = parseEnvFile(text);
  if (entries.length === 0)
    throw new KeywardError(
      vscode.l10n.t('{0} has no entries to import.', vscode.workspace.asRelativePath(uri)),
      'refused',
      1,
    );

  // The file's own folder keeps its keys; a file outside every folder goes where the user says.
  const service = await vaults.choose(uri, ['open', 'none'], vscode.l10n.t('Vault to import the keys into'));
  if (service.state === 'none') await service.create();
  const vault = service.requireWritable();
  const existing = new Set(vault.list().map((k) => k.name));
  const fresh = entries.filter((e) => !existing.has(e.name));
  await vault.addMany(
    fresh.map((e) => ({ name: e.name, value: e.value, provider: checkProvider(e.value).provider })),
    { importedFrom: vscode.workspace.asRelativePath(uri) },
  );
  service.notifyChanged();

  const rewrite = vscode.l10n.t('Replace with .env.example');
  const answer = await vscode.window.showInformationMessage(
    importedMessage({
      imported: fresh.length,
      kept: entries.length - fresh.length,
      skipped: skipped.length,
      file: vscode.workspace.asRelativePath(uri),
    }),
    rewrite,
    vscode.l10n.t('Leave File'),
  );
  if (answer !== rewrite) return;
  const example = vscode.Uri.joinPath(uri, '..', '.env.example');
  await vscode.workspace.fs.writeFile(example, new TextEncoder().encode(toEnvExample(text)));
  await vscode.workspace.fs.delete(uri, { useTrash: false });
  await vscode.window.showTextDocument(example);
}

/** Whole sentences per case, so that translations need not be assembled from pieces. */
function importedMessage(counts: { imported: number; kept: number; skipped: number; file: string }): string {
  if (counts.kept > 0 || counts.skipped > 0)
    return vscode.l10n.t(
      'Imported {imported} of the keys in {file}; {kept} already in the vault were left as they are, {skipped} without a value or a valid name were skipped. The file still holds the plaintext values.',
      counts,
    );
  return counts.imported === 1
    ? vscode.l10n.t('Imported 1 key from {file}. The file still holds the plaintext values.', counts)
    : vscode.l10n.t('Imported {imported} keys from {file}. The file still holds the plaintext values.', counts);
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
