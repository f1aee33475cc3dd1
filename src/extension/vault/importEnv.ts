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
    throw new KeywardError(`${vscode.workspace.asRelativePath(uri)} has no entries to import.`, 'refused', 1);

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

  const kept = entries.length - fresh.length;
  const notes = [
    `Imported ${fresh.length} ${fresh.length === 1 ? 'key' : 'keys'} from ${vscode.workspace.asRelativePath(uri)}.`,
    kept ? `${kept} already in the vault were left as they are.` : '',
    skipped.length ? `Skipped ${skipped.length} without a value or a valid name.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const rewrite = 'Replace with .env.example';
  const answer = await vscode.window.showInformationMessage(
    `${notes} The file still holds the plaintext values.`,
    rewrite,
    'Leave File',
  );
  if (answer !== rewrite) return;
  const example = vscode.Uri.joinPath(uri, '..', '.env.example');
  await vscode.workspace.fs.writeFile(example, new TextEncoder().encode(toEnvExample(text)));
  await vscode.workspace.fs.delete(uri, { useTrash: false });
  await vscode.window.showTextDocument(example);
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
      { placeHolder: '.env file to import' },
    );
    return picked?.uri;
  }
  const [chosen] =
    (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Import', title: 'Import .env File' })) ??
    [];
  return chosen;
}
