import path from 'node:path';
import * as vscode from 'vscode';
import { acceptFinding } from '../../core/fixes/baselineEntry';
import { KeywardError } from '../../core/errors';
import { DEFAULT_BASELINE_PATH, readBaseline, writeBaseline } from '../../core/scan/baseline';
import type { AddToBaselineArgs } from './commandArgs';
import type { ScanSetup } from './scanSetup';

/**
 * Accepts a finding in the workspace folder's `.keyward/baseline.json` (the file the CLI's
 * `--baseline` reads). Only the fingerprint identifies it; file and line are for reviewers.
 */
export function addToBaseline(args: AddToBaselineArgs, setup: ScanSetup): void {
  const uri = vscode.Uri.parse(args.uri);
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder)
    throw new KeywardError(vscode.l10n.t('Only files inside the workspace folder have a baseline.'), 'refused', 1);
  const root = folder.uri.fsPath;
  const file = path.join(root, DEFAULT_BASELINE_PATH);
  const rel = path.relative(root, uri.fsPath).split(path.sep).join('/');
  writeBaseline(
    file,
    acceptFinding(readBaseline(file), {
      fingerprint: args.fingerprint,
      ruleId: args.ruleId,
      file: rel,
      line: args.line,
    }),
  );
  // The file watcher would catch up too; resetting now makes the diagnostic go at once.
  setup.reset();
  void vscode.window.setStatusBarMessage(
    vscode.l10n.t('Keyward: accepted {rule} in {file}', { rule: args.ruleId, file: DEFAULT_BASELINE_PATH }),
    5000,
  );
}
