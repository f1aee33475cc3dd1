import path from 'node:path';
import * as vscode from 'vscode';
import { KeywardError } from '../../core/errors';
import { gitToplevel } from '../scm/stagedScan';
import { isWorkspaceRepository, realPath } from './documents';

/** A repository whose history to scan. */
export interface HistoryTarget {
  /** Its top-level folder. */
  root: string;
  name: string;
  /** The workspace folder whose settings apply: the one at the root, or the first inside it. */
  folder: vscode.WorkspaceFolder | undefined;
}

/**
 * The repositories Scan Git History reads: the one of the node, folder, file or Source Control
 * view it was run on, else the workspace's only one, else those the user picks. Only repositories
 * of workspace folders: a command argument must not point git at any folder on the machine.
 */
export async function repositoriesToScan(arg: unknown): Promise<HistoryTarget[]> {
  const from = startingPoint(arg);
  const roots = from
    ? [await gitToplevel(from)]
    : await Promise.all(
        (vscode.workspace.workspaceFolders ?? [])
          .filter((folder) => folder.uri.scheme === 'file')
          .map((folder) => gitToplevel(folder.uri.fsPath)),
      );
  const targets = [...new Set(roots.filter((root): root is string => root !== undefined))]
    .filter(isWorkspaceRepository)
    .map(target);
  if (targets.length === 0)
    throw new KeywardError(
      from
        ? vscode.l10n.t('{0} is not in a git repository of this workspace.', from)
        : vscode.l10n.t('No git repository in this workspace: there is no history to scan.'),
      'refused',
      1,
    );
  if (targets.length === 1) return targets;
  const all = { label: vscode.l10n.t('All Repositories'), description: '', targets };
  const picked = await vscode.window.showQuickPick(
    [all, ...targets.map((t) => ({ label: t.name, description: t.root, targets: [t] }))],
    { placeHolder: vscode.l10n.t('Repository whose git history to scan') },
  );
  if (!picked) throw new KeywardError(vscode.l10n.t('Cancelled.'), 'refused', 1);
  return picked.targets;
}

/** The path a command was run on: a Findings view group, a Source Control view, a file or folder. */
function startingPoint(arg: unknown): string | undefined {
  if (arg instanceof vscode.Uri) return arg.scheme === 'file' ? arg.fsPath : undefined;
  const value = arg as { rootUri?: unknown; uri?: unknown; group?: { root?: unknown } } | undefined;
  if (value?.rootUri instanceof vscode.Uri) return value.rootUri.fsPath;
  if (value?.uri instanceof vscode.Uri && value.uri.scheme === 'file') return value.uri.fsPath;
  return typeof value?.group?.root === 'string' ? value.group.root : undefined;
}

function target(root: string): HistoryTarget {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
  const at = folders.find((folder) => realPath(folder.uri.fsPath) === root);
  const inside = folders.find((folder) => realPath(folder.uri.fsPath).startsWith(root + path.sep));
  return { root, name: at?.name ?? path.basename(root), folder: at ?? inside };
}
