import { execFile } from 'node:child_process';
import path from 'node:path';
import * as vscode from 'vscode';
import type { CliLauncher } from '../../core/agent/shims';
import { KeywardError } from '../../core/errors';
import type { Finding } from '../../core/scan/types';
import { runBundledCli } from '../agent/bundledCli';
import type { FindingsModel } from '../scan/findingsModel';

/**
 * "Scan Staged Changes": what the next commit would record, scanned by the bundled CLI exactly as
 * the pre-commit hook scans it (`keyward scan --staged`: the index's blobs, the repository's own
 * config and baseline), so the Findings view shows before the commit what the hook would block.
 * From the Source Control view's title the repository is that view's; from the palette, every
 * repository of the workspace's folders.
 */
export async function scanStagedChanges(arg: unknown, model: FindingsModel, launcher: CliLauncher): Promise<void> {
  const roots = await repositoriesFor(arg);
  if (roots.length === 0)
    throw new KeywardError(vscode.l10n.t('No git repository in this workspace: nothing is staged.'), 'refused', 1);
  const scans = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Keyward: scanning staged changes') },
    () => Promise.all(roots.map(async (root) => ({ root, findings: await stagedFindings(root, launcher) }))),
  );
  for (const { root, findings } of scans) showStaged(model, root, findings);
  const found = scans.reduce((sum, scan) => sum + scan.findings.length, 0);
  if (found === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Keyward: no secrets in the staged changes.'));
    return;
  }
  await vscode.commands.executeCommand('keyward.findings.focus');
  void vscode.window.showWarningMessage(
    found === 1
      ? vscode.l10n.t('Keyward: 1 finding in the staged changes. A commit now would record it.')
      : vscode.l10n.t('Keyward: {0} findings in the staged changes. A commit now would record them.', found),
  );
}

/** Puts a repository's staged findings in the Findings view, in a group of their own. */
export function showStaged(model: FindingsModel, root: string, findings: readonly Finding[]): void {
  model.replaceGroup(`staged:${root}`, root, findings, vscode.l10n.t('Staged in {0}', path.basename(root)));
}

async function stagedFindings(root: string, launcher: CliLauncher): Promise<Finding[]> {
  const run = await runBundledCli(launcher, ['scan', '--staged', '--format', 'json'], root);
  if (run.code === 0 || run.code === 1) return (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
  const reason = run.stderr.split('\n')[0].replace(/^keyward: /, '') || `exit code ${run.code}`;
  throw new KeywardError(vscode.l10n.t('Cannot scan the staged changes of {0}: {1}', root, reason), 'io');
}

/** The repository of the Source Control view the command came from, or every folder's repository. */
async function repositoriesFor(arg: unknown): Promise<string[]> {
  const rootUri = (arg as { rootUri?: unknown } | undefined)?.rootUri;
  if (rootUri instanceof vscode.Uri) return [rootUri.fsPath];
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
  const roots = await Promise.all(folders.map((folder) => gitToplevel(folder.uri.fsPath)));
  return [...new Set(roots.filter((root): root is string => root !== undefined))];
}

/** The repository `dir` belongs to, or undefined when it is not in one (or git is missing). */
export function gitToplevel(dir: string): Promise<string | undefined> {
  return new Promise((resolve) =>
    execFile('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' }, (error, stdout) =>
      resolve(error ? undefined : path.resolve(stdout.trim())),
    ),
  );
}
