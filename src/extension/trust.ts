import * as vscode from 'vscode';
import { KeywardError } from '../core/errors';

/**
 * Refuses a command that runs git (or the CLI, which runs git) in the workspace while it is
 * untrusted, as VS Code's own git support does in Restricted Mode: a repository's git
 * configuration can make git run programs (diff drivers, textconv, fsmonitor).
 */
export function assertTrusted(): void {
  if (!vscode.workspace.isTrusted)
    throw new KeywardError(
      vscode.l10n.t(
        'This runs git in the workspace, which Restricted Mode does not allow. Trust this workspace to use it.',
      ),
      'refused',
      1,
    );
}
