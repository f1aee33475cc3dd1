import path from 'node:path';
import * as vscode from 'vscode';
import { acceptFinding } from '../../core/fixes/baselineEntry';
import { KeywardError } from '../../core/errors';
import { DEFAULT_BASELINE_PATH, readBaseline, writeBaseline } from '../../core/scan/baseline';
import { ensureFingerprintSalt, SALT_FILE } from '../../core/scan/fingerprintSalt';
import type { AddToBaselineArgs } from './commandArgs';
import type { ScanSetup } from './scanSetup';

/**
 * Accepts a finding in the workspace folder's `.keyward/baseline.json` (the file the CLI's
 * `--baseline` reads). Only the fingerprint identifies it; file and line are for reviewers. The
 * first accepted finding creates the folder's fingerprint salt, and its fingerprint is then
 * computed again under that salt (the one it came with was keyed for this session only).
 */
export async function addToBaseline(args: AddToBaselineArgs, setup: ScanSetup): Promise<void> {
  const uri = vscode.Uri.parse(args.uri);
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder)
    throw new KeywardError(vscode.l10n.t('Only files inside the workspace folder have a baseline.'), 'refused', 1);
  const root = folder.uri.fsPath;
  const file = path.join(root, DEFAULT_BASELINE_PATH);
  const rel = path.relative(root, uri.fsPath).split(path.sep).join('/');
  const { salt, created } = ensureFingerprintSalt(root);
  let fingerprint = args.fingerprint;
  if (created) {
    setup.reset();
    const document = await vscode.workspace.openTextDocument(uri);
    const again = setup
      .forFolder(root)
      .scanner.scanText(document.getText(), rel)
      .find((f) => f.ruleId === args.ruleId && f.line === args.line);
    if (!again)
      throw new KeywardError(
        vscode.l10n.t('The finding is no longer there; nothing was added to the baseline.'),
        'refused',
        1,
      );
    fingerprint = again.fingerprint;
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Keyward created {file}, which keys the baseline: commit it with the baseline.', {
        file: SALT_FILE,
      }),
    );
  }
  writeBaseline(
    file,
    acceptFinding(readBaseline(file), { fingerprint, ruleId: args.ruleId, file: rel, line: args.line }, salt),
  );
  // The file watcher would catch up too; resetting now makes the diagnostic go at once.
  setup.reset();
  void vscode.window.setStatusBarMessage(
    vscode.l10n.t('Keyward: accepted {rule} in {file}', { rule: args.ruleId, file: DEFAULT_BASELINE_PATH }),
    5000,
  );
}
