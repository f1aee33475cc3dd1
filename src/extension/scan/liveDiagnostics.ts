import * as vscode from 'vscode';
import type { SettingsService } from '../settings';
import type { ReportedItem } from './diagnostics';

/** The diagnostics of a document as it is now, or undefined when it is not scanned at all. */
export type DocumentReporter = (document: vscode.TextDocument) => ReportedItem[] | undefined;

/**
 * Keeps the 'keyward' diagnostics of open documents current: a full scan on open and save, a
 * debounced rescan per document while typing (when `keyward.scan.onType` is on), cleared on
 * close, and everything rescanned when one of `rescanAllOn` fires (rules, baseline, settings or
 * vault changed). What a scan reports is the reporter's business.
 */
export class LiveDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('keyward');
  private readonly reported = new Map<string, ReportedItem[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly report: DocumentReporter,
    private readonly settings: SettingsService,
    /** Schemes whose documents are rescanned while typing: output channels and other virtual documents change often. */
    private readonly typedSchemes: ReadonlySet<string>,
    rescanAllOn: readonly vscode.Event<unknown>[],
  ) {
    this.disposables = [
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.scan(d)),
      vscode.workspace.onDidSaveTextDocument((d) => this.scan(d)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.changed(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      ...rescanAllOn.map((event) => event(() => this.scanAll())),
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
    const items = this.report(document);
    if (!items) {
      this.forget(document.uri);
      return;
    }
    this.reported.set(key, items);
    this.collection.set(
      document.uri,
      items.map((i) => i.diagnostic),
    );
  }

  private changed(document: vscode.TextDocument): void {
    // Output channels and other virtual documents change often and are never scanned.
    if (!this.settings.current['scan.onType'] || !this.typedSchemes.has(document.uri.scheme)) return;
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
