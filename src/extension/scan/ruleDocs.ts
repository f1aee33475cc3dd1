import * as vscode from 'vscode';
import { RULES_DOC_PATH } from '../../core/fixes/rulesDoc';

/** Where a diagnostic's code links: the heading of its rule in the shipped media/rules.md. */
export interface RuleDocs {
  /** Undefined for a rule the page does not have (a workspace's own rules): its code stays the plain id. */
  link(ruleId: string): vscode.Uri | undefined;
}

/** Rule docs from the 1-based heading line of each rule id in the page, asked for on the first link. */
export function ruleDocs(extensionUri: vscode.Uri, headingLines: () => ReadonlyMap<string, number>): RuleDocs {
  const page = vscode.Uri.joinPath(extensionUri, RULES_DOC_PATH);
  let lines: ReadonlyMap<string, number> | undefined;
  return {
    link(ruleId) {
      lines ??= headingLines();
      const line = lines.get(ruleId);
      return line === undefined ? undefined : page.with({ fragment: `L${line}` });
    },
  };
}
