import type * as vscode from 'vscode';

/**
 * What `activate` returns: read-only views of what the extension shows, for integration tests
 * and other extensions. Nothing here can decrypt: tree items carry masked values only.
 */
export interface KeywardApi {
  keysTree: Pick<vscode.TreeDataProvider<unknown>, 'getChildren' | 'getTreeItem'>;
  /** The Findings view's data (files, then findings: masked values only). */
  findingsTree: Pick<vscode.TreeDataProvider<unknown>, 'getChildren' | 'getTreeItem'>;
  /** Where the Keyward log channel writes, so tests can prove it never receives a secret. */
  logUri: vscode.Uri;
  /** Resolves once the vault's state (none, locked, open) is known after activation. */
  ready: Promise<unknown>;
  /** The vault's state as the Keys view shows it: no vault, locked (no master key here) or open. */
  vaultState(): 'none' | 'locked' | 'open';
}
