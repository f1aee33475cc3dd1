import * as vscode from 'vscode';
import { KeywardError } from '../core/errors';

/**
 * Refuses a command that runs git or the CLI in the workspace (which read the repository's own
 * git configuration, config and rules) while the workspace is untrusted, as VS Code's own git
 * support does in Restricted Mode.
 */
export function assertTrusted(): void {
  if (!vscode.workspace.isTrusted)
    throw new KeywardError(
      vscode.l10n.t(
        "This runs git and Keyward's CLI in the workspace, which Restricted Mode does not allow. Trust this workspace to use it.",
      ),
      'refused',
      1,
    );
}
