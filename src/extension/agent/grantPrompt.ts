import * as vscode from 'vscode';
import type { GrantDecision, GrantRequest } from '../../core/agent/context';

/**
 * Asks the user whether a process may have some keys: a modal naming the session, the process
 * and the keys (names only; no value, not even masked, reaches the workbench). Closing the dialog
 * denies.
 */
export async function askForGrant(request: GrantRequest): Promise<GrantDecision> {
  const forSession = vscode.l10n.t('Allow for This Session');
  const once = vscode.l10n.t('Allow Once');
  const keys = request.keys.join(', ');
  const { caller } = request;
  const detail = [
    vscode.l10n.t('Keys: {0}', keys),
    vscode.l10n.t('Asked from: {0}', request.session),
    caller.parent
      ? vscode.l10n.t('Process: {command} (pid {pid}), started by {parent}', {
          command: caller.command,
          pid: caller.pid,
          parent: caller.parent,
        })
      : vscode.l10n.t('Process: {command} (pid {pid})', { command: caller.command, pid: caller.pid }),
    vscode.l10n.t('Folder: {0}', caller.cwd),
    caller.verified
      ? ''
      : vscode.l10n.t('This system cannot confirm which process is asking; the name above is its own claim.'),
    vscode.l10n.t(
      '"For this session" covers these keys until the terminals or debug session end or this window closes. Every answer is recorded in the audit log.',
    ),
  ].filter(Boolean);
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('Let `{0}` read {1} from the Keyward vault?', caller.command, keys),
    { modal: true, detail: detail.join('\n') },
    forSession,
    once,
  );
  return answer === forSession ? 'session' : answer === once ? 'once' : 'deny';
}
