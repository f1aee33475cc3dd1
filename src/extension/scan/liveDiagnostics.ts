import * as vscode from 'vscode';
import type { SettingsService } from '../settings';
import type { Vaults } from '../vault/vaults';
import { toDiagnostics, type ReportedItem } from './diagnostics';
import { SCANNED_SCHEMES, scanDocument } from './documentScan';
import type { FindingsModel } from './findingsModel';
import type { ScanSetup } from './scanSetup';

/**
 * Keeps the 'keyward' diagnostics of open documents current: a full scan on open and save, a
 * debounced rescan per document while typing (when `keyward.scan.onType` is on), cleared on
 * close, and everything rescanned when the rules, baseline, settings or vault change.
 */
export class LiveDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('keyward');
  private readonly reported = new Map<string, ReportedItem[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly setup: ScanSetup,
    private readonly vaults: Vaults,
    private readonly settings: SettingsService,
    private readonly model: FindingsModel,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables = [
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.scan(d)),
      vscode.workspace.onDidSaveTextDocument((d) => this.scan(d)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.changed(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      setup.onDidChange(() => this.scanAll()),
      vaults.onDidChange(() => this.scanAll()),
    ];
    // After activation returns: the first scan loads the rules.
    this.timers.set(
      '',
      setTimeout(() => this.scanAll(), 0),
    );
  }

  /** What is reported on `uri` now, with the findings behind each diagnostic. */
  itemsFor(uri: vscode.Uri): readonly ReportedItem[] {
    return this.reported.get(uri.toString()) ?? [];
  }

  scanAll(): void {
    for (const document of vscode.workspace.textDocuments) this.scan(document);
  }

  scan(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (document.isClosed) return;
    const result = scanDocument(document, this.setup, this.vaults);
    if (!result) {
      this.forget(document.uri);
      return;
    }
    const keys = result.copies.length > 0 ? (this.vaults.forUri(document.uri)?.current()?.list() ?? []) : [];
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const items = toDiagnostics(document, result, this.settings.for(folder), keys, this.extensionUri);
    this.reported.set(key, items);
    this.collection.set(
      document.uri,
      items.map((i) => i.diagnostic),
    );
    if (result.root) this.model.updateFile(result.root, result.file, result.findings);
  }

  private changed(document: vscode.TextDocument): void {
    // Output channels and other virtual documents change often and are never scanned.
    if (!this.settings.current['scan.onType'] || !SCANNED_SCHEMES.has(document.uri.scheme)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => this.scan(document), this.settings.current['scan.debounceMs']),
    );
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.reported.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
