import * as vscode from 'vscode';
import { KeywardError } from '../../core/errors';
import type { Finding } from '../../core/scan/types';
import { scanWorkspace } from '../../core/scan/workspace';
import type { SettingsService } from '../settings';
import type { FindingsModel } from './findingsModel';
import type { ScanSetup } from './scanSetup';

interface FolderScan {
  folder: vscode.WorkspaceFolder;
  findings: Finding[];
  filesScanned: number;
  skipped: number;
  workersUsed: number;
}

/**
 * "Keyward: Scan Workspace": the worker-thread scanner over every workspace folder in turn, each
 * with its own configuration, baseline, `.gitignore` and `keyward.scan.exclude`, with one
 * cancellable progress notification; each folder's results replace its part of the Findings view.
 */
export async function runWorkspaceScan(
  setup: ScanSetup,
  model: FindingsModel,
  settings: SettingsService,
  log: vscode.LogOutputChannel,
): Promise<void> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
  if (folders.length === 0)
    throw new KeywardError(
      vscode.l10n.t('Open a folder first: Keyward scans the files of the workspace.'),
      'refused',
      1,
    );
  const started = Date.now();
  const scans = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Keyward: scanning the workspace'),
      cancellable: true,
    },
    async (progress, token) => {
      const abort = new AbortController();
      const cancel = token.onCancellationRequested(() => abort.abort());
      const done: FolderScan[] = [];
      let reported = 0;
      try {
        for (const [index, folder] of folders.entries()) {
          const share = 100 / folders.length;
          done.push(
            await scanFolder(folder, setup, settings, abort.signal, (files, total) => {
              const percent = Math.floor(share * index + (total === 0 ? share : (share * files) / total));
              progress.report({
                message:
                  folders.length > 1
                    ? vscode.l10n.t('{folder}: {done} of {total} files', { folder: folder.name, done: files, total })
                    : vscode.l10n.t('{done} of {total} files', { done: files, total }),
                increment: percent - reported,
              });
              reported = percent;
            }),
          );
        }
        return done;
      } catch (error) {
        if (abort.signal.aborted) return undefined;
        throw error;
      } finally {
        cancel.dispose();
      }
    },
  );
  if (!scans) {
    log.info('Workspace scan cancelled.');
    return;
  }
  for (const scan of scans) {
    model.replaceFolder(scan.folder.uri.fsPath, scan.findings);
    log.info(
      `Workspace scan of ${scan.folder.name}: ${scan.findings.length} findings (${scan.filesScanned} files, ${scan.skipped} skipped, ${scan.workersUsed} workers).`,
    );
  }
  model.retainFolders(folders.map((folder) => folder.uri.fsPath));
  log.info(`Workspace scan: ${model.summary()} in ${Date.now() - started} ms.`);
  const files = scans.reduce((sum, scan) => sum + scan.filesScanned, 0);
  if (scans.some((scan) => scan.findings.length > 0)) await vscode.commands.executeCommand('keyward.findings.focus');
  else void vscode.window.showInformationMessage(vscode.l10n.t('Keyward: no findings in {0} files.', files));
}

async function scanFolder(
  folder: vscode.WorkspaceFolder,
  setup: ScanSetup,
  settings: SettingsService,
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<FolderScan> {
  const root = folder.uri.fsPath;
  const rules = setup.forFolder(root);
  const config = { ...rules.config, exclude: [...rules.config.exclude, ...settings.for(folder)['scan.exclude']] };
  const result = await scanWorkspace({
    root,
    config,
    trusted: vscode.workspace.isTrusted,
    fingerprints: rules.fingerprints,
    signal,
    onProgress,
  });
  return {
    folder,
    findings: result.findings.filter((finding) => !rules.accepts(finding)),
    filesScanned: result.filesScanned,
    skipped: result.skipped.length,
    workersUsed: result.workersUsed,
  };
}
