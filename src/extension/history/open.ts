import * as vscode from 'vscode';
import { KeywardError } from '../../core/errors';
import type { FindingsModel } from '../scan/findingsModel';
import type { HistoryDocuments } from './documents';
import { shownHistoryFinding } from './findingRef';
import { builtInGitUri } from './gitExtension';
import { SHORT_SHA } from './treeItems';

/**
 * Opens a history finding: the file as the commit that added the secret recorded it, read-only,
 * with the secret selected and marked. Through the Git extension's `git:` documents when it has the
 * repository open, else Keyward's own `keyward-history:` documents.
 */
export async function openHistoryFinding(
  arg: unknown,
  model: FindingsModel,
  documents: HistoryDocuments,
): Promise<void> {
  const { ref, ...found } = shownHistoryFinding(arg, 'keyward.openHistoryFinding', model, vscode.l10n);
  const at = { root: ref.root, sha: ref.sha, file: ref.file };
  const { finding } = found;
  const selection = new vscode.Range(finding.line - 1, finding.column - 1, finding.endLine - 1, finding.endColumn - 1);
  const uri = (await builtInGitUri(at.root, at.file, at.sha)) ?? documents.uriFor(at);
  let editor: vscode.TextEditor;
  try {
    editor = await vscode.window.showTextDocument(uri, { selection, preview: true });
  } catch {
    throw new KeywardError(
      vscode.l10n.t('Cannot open {file} as commit {sha} recorded it.', {
        file: at.file,
        sha: at.sha.slice(0, SHORT_SHA),
      }),
      'io',
    );
  }
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  documents.showFindings(editor.document, at);
}
