import * as vscode from 'vscode';
import { DEFAULT_MAX_FILE_BYTES } from '../../core/scan/configFile';
import type { Scanner } from '../../core/scan/engine';
import { excludeMatcher } from '../../core/scan/sources/excludeMatcher';
import { skipReasonForName } from '../../core/scan/sources/skip';
import { toDiagnostics } from '../scan/diagnostics';
import type { DocumentReporter } from '../scan/liveDiagnostics';
import type { RuleDocs } from '../scan/ruleDocs';
import type { SettingsService } from '../settings';

/**
 * Documents worth scanning in a browser-only VS Code: repositories opened from GitHub or Azure
 * Repos (`vscode-vfs`), a remote machine's files (`vscode-remote`, when only this build can run),
 * files in the browser's own storage, new untitled editors. Not output channels, git views or
 * settings editors.
 */
export const BROWSER_SCHEMES: ReadonlySet<string> = new Set([
  'vscode-vfs',
  'vscode-remote',
  'file',
  'untitled',
  'vscode-userdata',
  'tmp',
]);

/**
 * What a document reports in the browser: findings of the built-in rules on its path relative to
 * its workspace folder (that path decides which rules apply, as in a workspace scan), with the
 * folder's severities and `keyward.scan.exclude`. There is no vault to compare values with and no
 * baseline file to read.
 */
export function browserDocumentReporter(
  scanner: () => Scanner,
  settings: SettingsService,
  docs: RuleDocs,
): DocumentReporter {
  // Settings objects stay the same until a setting changes: one matcher per exclude list.
  const matchers = new WeakMap<readonly string[], (file: string) => boolean>();
  const excluded = (globs: readonly string[], file: string) => {
    let matcher = matchers.get(globs);
    if (!matcher) matchers.set(globs, (matcher = excludeMatcher(globs)));
    return matcher(file);
  };
  return (document) => {
    const { uri } = document;
    if (!BROWSER_SCHEMES.has(uri.scheme)) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const file = folder ? uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1) : uri.path;
    const folderSettings = settings.for(folder);
    if (skipReasonForName(file) || excluded(folderSettings['scan.exclude'], file)) return undefined;
    const text = document.getText();
    if (text.length > DEFAULT_MAX_FILE_BYTES) return undefined;
    const findings = scanner().scanText(text, file);
    return toDiagnostics(document, { root: undefined, file, findings, copies: [] }, folderSettings, [], docs);
  };
}
