import * as vscode from 'vscode';
import type { SettingsService } from '../settings';
import type { Vaults } from '../vault/vaults';
import { toDiagnostics } from './diagnostics';
import { scanDocument } from './documentScan';
import type { FindingsModel } from './findingsModel';
import type { DocumentReporter } from './liveDiagnostics';
import type { RuleDocs } from './ruleDocs';
import type { ScanSetup } from './scanSetup';

/**
 * What a workspace document reports: its folder's rules, baseline and settings, hard-coded copies
 * of that folder's vault values, and its findings handed to the Findings view as well.
 */
export function workspaceDocumentReporter(
  setup: ScanSetup,
  vaults: Vaults,
  settings: SettingsService,
  model: FindingsModel,
  docs: RuleDocs,
): DocumentReporter {
  return (document) => {
    const result = scanDocument(document, setup, vaults);
    if (!result) return undefined;
    const keys = result.copies.length > 0 ? (vaults.forUri(document.uri)?.current()?.list() ?? []) : [];
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const items = toDiagnostics(document, result, settings.for(folder), keys, docs);
    if (result.root) model.updateFile(result.root, result.file, result.findings);
    return items;
  };
}
