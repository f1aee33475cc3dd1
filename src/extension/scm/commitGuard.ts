import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { CommitDecision } from '../../core/agent/protocol';
import { AGENT_ADDRESS_ENV, AGENT_TOKEN_ENV, COMMIT_AGENT_ENV, COMMIT_TOKEN_ENV } from '../../core/agent/env';
import type { CommitCheck, SessionHandle } from '../../core/agent/session';
import { isKeywardHook } from '../../core/gitHook';
import type { AgentService } from '../agent/agentService';
import type { FindingsModel } from '../scan/findingsModel';
import type { SettingsService } from '../settings';
import type { Vaults } from '../vault/vaults';
import { installHook } from './hookInstall';
import { gitToplevel, showStaged } from './stagedScan';

const SHOWN_FINDINGS = 5;

/**
 * `keyward.scm.scanBeforeCommit`: while it is on, the extension host's own environment names a
 * commit-check session of the key agent. Git run by VS Code's Source Control inherits it, so
 * Keyward's pre-commit hook, finding secrets in the staged content, asks here instead of failing:
 * the findings appear in the Findings view and a dialog offers Commit Anyway, which is recorded in
 * the audit log of the repository folder's vault. Commits from a terminal are not affected.
 */
export class CommitGuard implements vscode.Disposable {
  private session: SessionHandle | undefined;
  private readonly listener: vscode.Disposable;

  constructor(
    private readonly settings: SettingsService,
    private readonly agents: AgentService,
    private readonly vaults: Vaults,
    private readonly model: FindingsModel,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.listener = settings.onDidChange((change) => {
      if (change.affects('scm.scanBeforeCommit')) void this.apply();
    });
    if (settings.current['scm.scanBeforeCommit']) void this.apply();
  }

  private async apply(): Promise<void> {
    const wanted = this.settings.current['scm.scanBeforeCommit'];
    if (!wanted) return this.stop();
    if (this.session) return;
    this.session = await this.agents.openCommitSession(vscode.l10n.t('Source Control commits'), (check) =>
      this.decide(check),
    );
    process.env[COMMIT_AGENT_ENV] = this.session.env[AGENT_ADDRESS_ENV];
    process.env[COMMIT_TOKEN_ENV] = this.session.env[AGENT_TOKEN_ENV];
    this.log.info('Commits from Source Control now ask here when the pre-commit hook finds secrets.');
    await this.offerHooks();
  }

  private stop(): void {
    this.session?.end();
    this.session = undefined;
    delete process.env[COMMIT_AGENT_ENV];
    delete process.env[COMMIT_TOKEN_ENV];
  }

  private async decide({ repository, findings }: CommitCheck): Promise<CommitDecision> {
    showStaged(this.model, repository, findings);
    await vscode.commands.executeCommand('keyward.findings.focus');
    const name = path.basename(repository);
    const lines = findings.slice(0, SHOWN_FINDINGS).map((f) => `${f.file}:${f.line}  ${f.message} (${f.masked})`);
    if (findings.length > SHOWN_FINDINGS) lines.push(vscode.l10n.t('… and {0} more', findings.length - SHOWN_FINDINGS));
    const anyway = vscode.l10n.t('Commit Anyway');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('The staged changes in {0} hold {1} secret findings. Commit them anyway?', name, findings.length),
      {
        modal: true,
        detail: [
          ...lines,
          '',
          vscode.l10n.t('Commit Anyway is recorded in the audit log; Cancel stops the commit.'),
        ].join('\n'),
      },
      anyway,
    );
    const commit = answer === anyway;
    if (commit) await this.audit(repository, findings);
    this.log.info(`Commit in ${name} with ${findings.length} findings: ${commit ? 'committed anyway' : 'stopped'}.`);
    return commit ? 'commit' : 'abort';
  }

  private async audit(repository: string, findings: CommitCheck['findings']): Promise<void> {
    const vault = this.vaults.forUri(vscode.Uri.file(repository))?.current();
    const detail = `${findings.length} findings staged in ${path.basename(repository)}: ${findings
      .slice(0, 20)
      .map((f) => `${f.ruleId} at ${f.file}:${f.line}`)
      .join(', ')}`;
    if (vault) await vault.recordEvent({ action: 'commit-anyway', detail });
    else this.log.warn(`Commit Anyway in ${repository}, which has no open vault to record it in: ${detail}.`);
  }

  /** Offers to install the hook in the workspace's repositories that lack Keyward's. */
  private async offerHooks(): Promise<void> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
    const roots = new Set(
      (await Promise.all(folders.map((f) => gitToplevel(f.uri.fsPath)))).filter((r) => r !== undefined),
    );
    for (const root of roots) {
      if (await hasKeywardHook(root)) continue;
      const install = vscode.l10n.t('Install Hook');
      const answer = await vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Keyward checks commits from Source Control through its pre-commit hook, which {0} does not have yet.',
          path.basename(root),
        ),
        install,
      );
      if (answer === install) await installHook(root, this.agents.cli);
    }
  }

  dispose(): void {
    this.stop();
    this.listener.dispose();
  }
}

async function hasKeywardHook(root: string): Promise<boolean> {
  const hooks = await new Promise<string | undefined>((resolve) =>
    execFile('git', ['rev-parse', '--git-path', 'hooks'], { cwd: root, encoding: 'utf8' }, (error, stdout) =>
      resolve(error ? undefined : path.resolve(root, stdout.trim())),
    ),
  );
  try {
    return hooks !== undefined && isKeywardHook(readFileSync(path.join(hooks, 'pre-commit'), 'utf8'));
  } catch {
    return false;
  }
}
