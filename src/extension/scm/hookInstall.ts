import * as vscode from 'vscode';
import type { CliLauncher } from '../../core/agent/shims';
import { KeywardError } from '../../core/errors';
import { runBundledCli } from '../agent/bundledCli';

/**
 * Installs Keyward's pre-commit hook in `root` with the bundled CLI (`keyward hook install`): the
 * same hook a terminal user installs, blocking commits with secrets, and asking VS Code instead when
 * `keyward.scm.scanBeforeCommit` is on. Another tool's hook is never replaced; its message says how.
 */
export async function installHook(root: string, launcher: CliLauncher): Promise<void> {
  const run = await runBundledCli(launcher, ['hook', 'install'], root);
  const message = (run.code === 0 ? run.stdout : run.stderr).split('\n')[0].replace(/^keyward: /, '');
  if (run.code !== 0) throw new KeywardError(message || vscode.l10n.t('The hook was not installed.'), 'refused', 1);
  void vscode.window.showInformationMessage(vscode.l10n.t('Keyward: {0}', message));
}
