import { readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { KeywardApi } from '../../src/extension/api';
import { WORKSPACE_NEVER_LOADED } from '../host/markers';
/** Shared by the integration suites that run inside the extension host. */
export const KEYWARD_ID = 'keyward.keyward';

/** Polls `condition` until it holds, failing with `message` after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${message} within ${timeoutMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits for a multi-root fixture's folders. The workbench reads a `.code-workspace` file through
 * the remote file system, so the tests may start before its folders are known; after 5 s without
 * them the file is written again to make the workbench read it once more; if they still never come
 * while the file is open, the failure names WORKSPACE_NEVER_LOADED (see test/host/markers.ts).
 */
export async function waitForFolders(count: number): Promise<void> {
  const folders = () => vscode.workspace.workspaceFolders?.length ?? 0;
  const seen = () => `${folders()} folder(s), workspace file ${String(vscode.workspace.workspaceFile)}`;
  try {
    await waitUntil(() => folders() === count, 5_000, `expected the fixture's ${count} folders`).catch(() => {
      // The workbench watches the workspace file: written again unchanged, it is read again, which
      // brought the folders of a window stuck without them (seen once in 24 sessions here).
      const file = vscode.workspace.workspaceFile;
      if (folders() === 0 && file?.scheme === 'file') writeFileSync(file.fsPath, readFileSync(file.fsPath));
    });
    await waitUntil(() => folders() === count, 15_000, `expected the fixture's ${count} folders`);
  } catch (error) {
    // Said after the wait, so it tells what is open then, not when the wait began.
    const said = `${(error as Error).message} Open: ${seen()}.`;
    throw new Error(folders() === 0 && vscode.workspace.workspaceFile ? `${WORKSPACE_NEVER_LOADED}: ${said}` : said, {
      cause: error,
    });
  }
}

/** Every item of a tree view's data provider, depth first. */
export async function treeItems(
  provider: Pick<vscode.TreeDataProvider<unknown>, 'getChildren' | 'getTreeItem'>,
): Promise<vscode.TreeItem[]> {
  const items: vscode.TreeItem[] = [];
  const walk = async (node?: unknown) => {
    for (const child of (await provider.getChildren(node)) ?? []) {
      items.push(await provider.getTreeItem(child));
      await walk(child);
    }
  };
  await walk();
  return items;
}

/** A tree item's label as text (a label may be a string or a highlighted TreeItemLabel). */
export function labelText(label: string | vscode.TreeItemLabel | undefined): string {
  return typeof label === 'object' ? label.label : (label ?? '');
}

/** The running extension's API, once its vault state is known (activating it if needed). */
export async function keywardApi(): Promise<KeywardApi> {
  const extension = vscode.extensions.getExtension<KeywardApi>(KEYWARD_ID)!;
  const exports = extension.isActive ? extension.exports : await extension.activate();
  await exports.ready;
  return exports;
}
