import path from 'node:path';
import * as vscode from 'vscode';
import { isKeywardError } from '../../core/errors';
import type { ScanConfig } from '../../core/scan/config';
import type { Scanner } from '../../core/scan/engine';
import type { ScanEngine } from '../featureTypes';
import type { SettingsService } from '../settings';

// Watched from activation on; the same paths as the core's CONFIG_FILE and DEFAULT_BASELINE_PATH.
const CONFIG_GLOB = '**/.keyward/config.json';
const BASELINE_GLOB = '**/.keyward/baseline.json';

/** What scanning one workspace folder needs, built once and reused until something it depends on changes. */
export interface FolderSetup {
  config: ScanConfig;
  scanner: Scanner;
  /** Config `exclude` plus the `keyward.scan.exclude` setting, on posix paths relative to the folder. */
  excluded(rel: string): boolean;
  /** Fingerprints accepted by `.keyward/baseline.json`. */
  accepted: ReadonlySet<string>;
}

/**
 * Scanners per workspace folder (or for files outside any folder, keyed ''). The scanner is
 * built on first use (the engine, with the rules, zod and the gitignore matcher, loads on the
 * first scan, not at activation), and dropped when `.keyward/config.json` changes or trust is granted
 * (an untrusted workspace's extra rules are not run); the baseline and excludes are re-read
 * on their own changes. `onDidChange` tells listeners to rescan.
 */
export class ScanSetup implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly folders = new Map<string, { config: ScanConfig; scanner?: Scanner; accepted?: Set<string> }>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private reportedProblem: string | undefined;

  constructor(
    private readonly settings: SettingsService,
    private readonly log: vscode.LogOutputChannel,
    private readonly engine: () => ScanEngine,
  ) {
    const reset = () => this.reset();
    const config = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
    const baseline = vscode.workspace.createFileSystemWatcher(BASELINE_GLOB);
    this.disposables.push(
      config,
      config.onDidCreate(reset),
      config.onDidChange(reset),
      config.onDidDelete(reset),
      baseline,
      baseline.onDidCreate(reset),
      baseline.onDidChange(reset),
      baseline.onDidDelete(reset),
      vscode.workspace.onDidGrantWorkspaceTrust(reset),
      settings.onDidChange(() => this.changed.fire()),
    );
  }

  /** Forget every folder's setup (after a config, baseline or trust change) and ask for rescans. */
  reset(): void {
    this.folders.clear();
    this.changed.fire();
  }

  forFolder(root: string | undefined): FolderSetup {
    const key = root ?? '';
    let entry = this.folders.get(key);
    if (!entry) {
      entry = { config: root ? this.loadConfig(root) : this.engine().defaultScanConfig() };
      this.folders.set(key, entry);
    }
    const state = entry;
    const engine = this.engine();
    state.scanner ??= engine.createScanner(engine.rulesFor(state.config, { trusted: vscode.workspace.isTrusted }));
    state.accepted ??= root ? this.loadAccepted(root) : new Set();
    const folder = root === undefined ? undefined : vscode.workspace.getWorkspaceFolder(vscode.Uri.file(root));
    const excluded = engine.excludeMatcher([...state.config.exclude, ...this.settings.for(folder)['scan.exclude']]);
    return { config: state.config, scanner: state.scanner, excluded, accepted: state.accepted };
  }

  private loadConfig(root: string): ScanConfig {
    const engine = this.engine();
    try {
      const config = engine.loadScanConfig(root);
      // The rule set refuses extra rules that reuse a built-in id: such a config is not used either.
      engine.rulesFor(config, {}, path.join(root, engine.CONFIG_FILE));
      return config;
    } catch (error) {
      this.problem(error, 'config');
      return this.engine().defaultScanConfig();
    }
  }

  private loadAccepted(root: string): Set<string> {
    try {
      const engine = this.engine();
      return new Set(
        engine.readBaseline(path.join(root, engine.DEFAULT_BASELINE_PATH))?.findings.map((f) => f.fingerprint),
      );
    } catch (error) {
      this.problem(error, 'baseline');
      return new Set();
    }
  }

  /**
   * Config and baseline messages (from the core, in English) name a field, never a value; each
   * distinct one is shown once, with what Keyward does instead.
   */
  private problem(error: unknown, file: 'config' | 'baseline'): void {
    const message = isKeywardError(error) ? error.message : `Unexpected ${(error as Error)?.name ?? 'error'}`;
    this.log.warn(
      `${message} ${file === 'config' ? 'Using the default scan configuration.' : 'Ignoring the baseline.'}`,
    );
    if (message === this.reportedProblem) return;
    this.reportedProblem = message;
    void vscode.window.showWarningMessage(
      file === 'config'
        ? vscode.l10n.t('Keyward: {0}. Using the default scan configuration.', message)
        : vscode.l10n.t('Keyward: {0}. Ignoring the baseline.', message),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
