import { createHash } from 'node:crypto';
import * as vscode from 'vscode';

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Copies a secret and clears the clipboard after `seconds`, unless the user copied something
 * else meanwhile. Only a digest is kept for that comparison, not the value.
 */
export class SecretClipboard implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;

  async copy(value: string, seconds: number): Promise<void> {
    await vscode.env.clipboard.writeText(value);
    clearTimeout(this.timer);
    if (seconds <= 0) return;
    const copied = digest(value);
    this.timer = setTimeout(() => void this.clearIfStill(copied), seconds * 1000);
  }

  private async clearIfStill(copied: string): Promise<void> {
    if (digest(await vscode.env.clipboard.readText()) === copied) await vscode.env.clipboard.writeText('');
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
