import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { RULES_DOC_PATH } from '../../core/fixes/rulesDoc';
import { ruleDocs, type RuleDocs } from './ruleDocs';

/**
 * Rule docs read from the shipped page itself: the file is the truth for where a link lands (a
 * rule missing from it just gets no link). Reading it, not the rules, keeps the rules out of
 * activation.
 */
export function ruleDocsFromFile(extensionUri: vscode.Uri): RuleDocs {
  return ruleDocs(extensionUri, () => {
    const lines = new Map<string, number>();
    try {
      readFileSync(vscode.Uri.joinPath(extensionUri, RULES_DOC_PATH).fsPath, 'utf8')
        .split('\n')
        .forEach((text, index) => {
          const id = /^### ([a-z0-9-]+)\s*$/.exec(text)?.[1];
          if (id) lines.set(id, index + 1);
        });
    } catch {
      // Without the page, codes stay plain rule ids.
    }
    return lines;
  });
}
