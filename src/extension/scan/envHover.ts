import * as vscode from 'vscode';
import { envReferenceAt } from '../../core/fixes/envReferenceAt';
import { keyHoverMarkdown } from '../../core/fixes/presentation';
import { rotationStatus } from '../../core/vault/due';
import type { SettingsService } from '../settings';
import type { Vaults } from '../vault/vaults';

/** Hovering `process.env.NAME` (and the other languages' forms) shows the vault key NAME, masked. */
export class EnvReferenceHover implements vscode.HoverProvider {
  constructor(
    private readonly vaults: Vaults,
    private readonly settings: SettingsService,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const owner = this.vaults.forUri(document.uri);
    const vault = owner?.current();
    if (!owner || !vault) return undefined;
    const line = document.lineAt(position.line).text;
    const reference = envReferenceAt(line, position.character);
    if (!reference) return undefined;
    const key = vault.list().find((k) => k.name === reference.name);
    if (!key) return undefined;
    const rotation = rotationStatus(key, this.settings.for(owner.folder)['rotation.maxAgeDays'], new Date());
    const markdown = new vscode.MarkdownString(keyHoverMarkdown(key, rotation, vscode.l10n));
    const range = new vscode.Range(position.line, reference.start, position.line, reference.end);
    return new vscode.Hover(markdown, range);
  }
}
