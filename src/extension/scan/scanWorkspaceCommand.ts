import * as vscode from 'vscode';
import { KeywardError } from '../../core/errors';
import { scanWorkspace } from '../../core/scan/workspace';
import type { SettingsService } from '../settings';
import type { FindingsModel } from './findingsModel';
import type { ScanSetup } from './scanSetup';

/**
 * "Keyward: Scan Workspace": the worker-thread scanner over the first workspace folder
 * (honouring .gitignore, the config's and the settings' excludes, minus the baseline), with a
 * cancellable progress notification; the results replace the Findings view's.
 */
export async function runWorkspaceScan(
  setup: ScanSetup,
  model: FindingsModel,
  settings: SettingsService,
  log: vscode.LogOutputChannel,
): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file')
    throw new KeywardError('Open a folder first: Keyward scans the files of the workspace.', 'refused', 1);
  const root = folder.uri.fsPath;
  const rules = setup.forFolder(root);
  const config = { ...rules.config, exclude: [...rules.config.exclude, ...settings.for(folder)['scan.exclude']] };
  const started = Date.now();
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Keyward: scanning the workspace', cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const cancel = token.onCancellationRequested(() => abort.abort());
      let reported = 0;
      try {
        return await scanWorkspace({
          root,
          config,
          trusted: vscode.workspace.isTrusted,
          signal: abort.signal,
          onProgress: (done, total) => {
            const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
            progress.report({ message: `${done} of ${total} files`, increment: percent - reported });
            reported = percent;
          },
        });
      } catch (error) {
        if (abort.signal.aborted) return undefined;
        throw error;
      } finally {
        cancel.dispose();
      }
    },
  );
  if (!result) {
    log.info('Workspace scan cancelled.');
    return;
  }
  const findings = result.findings.filter((f) => !rules.accepted.has(f.fingerprint));
  model.replaceAll(root, findings);
  log.info(
    `Workspace scan: ${model.summary()} (${result.filesScanned} files, ${result.skipped.length} skipped, ${Date.now() - started} ms, ${result.workersUsed} workers).`,
  );
  if (findings.length > 0) await vscode.commands.executeCommand('keyward.findings.focus');
  else void vscode.window.showInformationMessage(`Keyward: no findings in ${result.filesScanned} files.`);
}
