import * as vscode from 'vscode';
import { isKeywardError, KeywardError } from '../../core/errors';
import type { HistoryJobResult } from '../../core/scan/history/job';
import { runHistoryJobOffThread } from '../../core/scan/history/thread';
import type { Finding } from '../../core/scan/types';
import type { FindingsModel, HistoryGroup } from '../scan/findingsModel';
import type { ScanSetup } from '../scan/scanSetup';
import type { SettingsService } from '../settings';
import { type HistoryTarget, repositoriesToScan } from './repositories';

export interface HistoryScanDeps {
  setup: ScanSetup;
  model: FindingsModel;
  settings: SettingsService;
  log: vscode.LogOutputChannel;
}

/**
 * "Keyward: Scan Git History": every line each commit added, in each chosen repository, with the
 * repository's own configuration, baseline and suppressions (as `keyward scan --history` reads
 * them) plus the `keyward.scan.exclude` setting, on a worker thread, under one cancellable
 * progress notification. Each repository's findings replace its earlier history findings once its
 * scan completes; a cancelled or failed scan leaves them as they were.
 */
export async function runHistoryScan(arg: unknown, deps: HistoryScanDeps): Promise<void> {
  const targets = await repositoriesToScan(arg);
  const title = vscode.l10n.t('Keyward: scanning git history');
  const scanned = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const cancel = token.onCancellationRequested(() => abort.abort());
      const done: HistoryGroup[] = [];
      let reported = 0;
      try {
        for (const [index, target] of targets.entries()) {
          const share = 100 / targets.length;
          const began = Date.now();
          let total = 0;
          const result = await scanRepository(target, deps, abort.signal, {
            onTotal: (commits) => (total = commits),
            onProgress: (commits) => {
              const percent = Math.floor(share * index + (total > 0 ? (share * Math.min(commits, total)) / total : 0));
              const counts = { done: commits, total };
              progress.report({
                message:
                  targets.length > 1
                    ? vscode.l10n.t('{repository}: {done} of {total} commits', { repository: target.name, ...counts })
                    : vscode.l10n.t('{done} of {total} commits', counts),
                increment: percent - reported,
              });
              reported = percent;
            },
          });
          const group = historyGroup(target, result, deps, began);
          deps.model.replaceHistory(group);
          done.push(group);
        }
      } catch (error) {
        if (!abort.signal.aborted) throw error;
        deps.log.info(`Scan Git History cancelled; ${done.length} of ${targets.length} repositories scanned.`);
      } finally {
        cancel.dispose();
      }
      return done;
    },
  );
  await announce(scanned, targets.length);
}

function scanRepository(
  target: HistoryTarget,
  { setup, settings }: HistoryScanDeps,
  signal: AbortSignal,
  control: { onTotal(commits: number): void; onProgress(commits: number): void },
): Promise<HistoryJobResult> {
  const rules = setup.forFolder(target.root);
  const folderSettings = settings.for(target.folder);
  return runHistoryJobOffThread(
    {
      root: target.root,
      range: { revisions: [], all: folderSettings['history.allRefs'] },
      paths: [],
      config: { ...rules.config, exclude: [...rules.config.exclude, ...folderSettings['scan.exclude']] },
      trusted: vscode.workspace.isTrusted,
      fingerprints: rules.fingerprints,
    },
    { signal, ...control },
  ).then(
    (result) => ({
      ...result,
      // What the baseline accepts is dropped here, as the CLI drops it; nothing unkeyed goes further.
      findings: result.findings.filter((f) => !rules.accepts(f)).map(({ unkeyedFingerprint: _, ...f }) => f),
    }),
    (error: unknown) => {
      if (signal.aborted) throw error;
      // git's own message names refs and paths, never contents; anything else is named by kind only.
      const reason = isKeywardError(error) ? error.message : ((error as Error)?.name ?? 'error');
      throw new KeywardError(
        vscode.l10n.t('Cannot scan the git history of {repository}: {reason}', { repository: target.name, reason }),
        'io',
      );
    },
  );
}

function historyGroup(
  target: HistoryTarget,
  result: HistoryJobResult,
  { log }: HistoryScanDeps,
  began: number,
): HistoryGroup {
  log.info(
    `Scan Git History of ${target.name}: ${result.findings.length} findings in ${result.commitsScanned} commits (${result.filesScanned} file changes, ${result.skipped} skipped, ${(result.bytesScanned / 1e6).toFixed(1)} MB) after ${Date.now() - began} ms.`,
  );
  return {
    root: target.root,
    name: target.name,
    commitsScanned: result.commitsScanned,
    commits: byCommit(result.findings, result.subjects),
  };
}

/** Findings grouped by the commit that added them, newest commit first, each commit's by path and line. */
function byCommit(findings: readonly Finding[], subjects: Record<string, string>): HistoryGroup['commits'] {
  const commits = new Map<string, HistoryGroup['commits'][number]>();
  for (const finding of findings) {
    const { commits: _count, ...commit } = finding.commit!;
    const entry = commits.get(commit.sha) ?? { commit, subject: subjects[commit.sha] ?? '', findings: [] };
    entry.findings.push(finding);
    commits.set(commit.sha, entry);
  }
  return [...commits.values()].sort(
    (a, b) => Date.parse(b.commit.date) - Date.parse(a.commit.date) || (a.commit.sha < b.commit.sha ? -1 : 1),
  );
}

async function announce(scanned: readonly HistoryGroup[], wanted: number): Promise<void> {
  if (scanned.length === 0) return;
  const count = scanned.reduce((sum, group) => sum + group.commits.reduce((n, c) => n + c.findings.length, 0), 0);
  const commits = scanned.reduce((sum, group) => sum + group.commitsScanned, 0);
  const where = scanned.length === 1 && wanted === 1 ? scanned[0].name : undefined;
  if (count > 0) {
    await vscode.commands.executeCommand('keyward.findings.focus');
    const found =
      count === 1
        ? vscode.l10n.t('Keyward: 1 secret in the git history of {repository}.', {
            repository: where ?? vscode.l10n.t('the repositories'),
          })
        : vscode.l10n.t('Keyward: {count} secrets in the git history of {repository}.', {
            count,
            repository: where ?? vscode.l10n.t('the repositories'),
          });
    void vscode.window.showWarningMessage(
      `${found} ${vscode.l10n.t('Deleting a secret now does not remove it from there: rotate it.')}`,
    );
  } else if (commits === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Keyward: no commits yet, so no history to scan.'));
  } else {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Keyward: no secrets in {0} commits of git history.', commits),
    );
  }
}
