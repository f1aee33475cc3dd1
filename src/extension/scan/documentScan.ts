import path from 'node:path';
import * as vscode from 'vscode';
import { skipReasonForName } from '../../core/scan/sources/skip';
import type { Finding } from '../../core/scan/types';
import type { VaultCopy } from '../../core/vault/copies';
import type { Vaults } from '../vault/vaults';
import type { ScanSetup } from './scanSetup';

export interface DocumentScan {
  /** The workspace folder the document belongs to, if any. */
  root: string | undefined;
  /** Posix path relative to `root` (the Findings view's key), or the document's own path. */
  file: string;
  /** Rule findings not accepted by the baseline. */
  findings: Finding[];
  /** Hard-coded copies of vault values. */
  copies: VaultCopy[];
}

/** Saved files and new untitled editors; not git blobs, output channels, settings editors... */
export const SCANNED_SCHEMES: ReadonlySet<string> = new Set(['file', 'untitled']);

/** Where a document sits relative to its workspace folder, or undefined when it is not scanned at all. */
export function documentLocation(
  document: vscode.TextDocument,
  setup: ScanSetup,
): { root?: string; file: string } | undefined {
  const { uri } = document;
  if (!SCANNED_SCHEMES.has(uri.scheme)) return undefined;
  if (uri.scheme === 'untitled') return { file: uri.path };
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return { file: uri.fsPath };
  const file = path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/');
  if (skipReasonForName(file) || setup.forFolder(folder.uri.fsPath).excluded(file)) return undefined;
  return { root: folder.uri.fsPath, file };
}

/**
 * Scans one document's current text (saved or not) with its folder's rules, drops what the
 * baseline accepts, and looks for copies of vault values. Undefined when it is not to be scanned.
 */
export function scanDocument(
  document: vscode.TextDocument,
  setup: ScanSetup,
  vaults: Vaults,
): DocumentScan | undefined {
  const location = documentLocation(document, setup);
  if (!location) return undefined;
  const folder = setup.forFolder(location.root);
  const text = document.getText();
  if (text.length > folder.config.maxFileBytes) return undefined;
  const findings = folder.scanner.scanText(text, location.file).filter((f) => !folder.accepts(f));
  // Copies of the owning folder's vault values; a file outside every folder has no vault to compare with.
  const copies = vaults.forUri(document.uri)?.current()?.findCopies(text) ?? [];
  return { root: location.root, file: location.file, findings, copies };
}
