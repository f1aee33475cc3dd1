import * as vscode from 'vscode';

// The part of the built-in Git extension's API (vscode.git, getAPI(1); see its git.d.ts) that
// opening a file at a commit uses.
interface GitApi {
  getRepository(uri: vscode.Uri): object | null;
  toGitUri(uri: vscode.Uri, ref: string): vscode.Uri;
}
interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/**
 * A `git:` URI for `file` at `ref` from the built-in Git extension, which shows it read-only with
 * the commit in the tab's title. Undefined when that extension is missing, disabled (`git.enabled`)
 * or has not opened the repository: the caller then uses Keyward's own read-only documents.
 */
export async function builtInGitUri(root: string, file: string, ref: string): Promise<vscode.Uri | undefined> {
  try {
    const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
    if (!extension) return undefined;
    const exports = extension.isActive ? extension.exports : await extension.activate();
    if (!exports.enabled) return undefined;
    const api = exports.getAPI(1);
    const rootUri = vscode.Uri.file(root);
    // Not openRepository: opening a file should not add a repository to the Source Control view.
    if (!api.getRepository(rootUri)) return undefined;
    return api.toGitUri(vscode.Uri.joinPath(rootUri, file), ref);
  } catch {
    // Another version of the API, or the extension failed: Keyward's own documents still work.
    return undefined;
  }
}
