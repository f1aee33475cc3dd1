import { createHash } from 'node:crypto';
import * as vscode from 'vscode';

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Copies a secret and clears the clipboard after `seconds`, unless the user copied something
 * else meanwhile. Only a digest is kept for that comparison, not the value. A clear still pending
 * when the extension stops (window closed or reloaded, extension disabled) happens then: the
 * value must not outlive the window that copied it.
 */
export class SecretClipboard implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;
  /** Digest of the value a clear is pending for. */
  private pending: string | undefined;

  async copy(value: string, seconds: number): Promise<void> {
    await vscode.env.clipboard.writeText(value);
    clearTimeout(this.timer);
    this.pending = undefined;
    if (seconds <= 0) return;
    this.pending = digest(value);
    this.timer = setTimeout(() => void this.clearPending(), seconds * 1000);
  }

  /** Clears the clipboard now if a clear is pending and it still holds that value. */
  async clearPending(): Promise<void> {
    clearTimeout(this.timer);
    const copied = this.pending;
    this.pending = undefined;
    if (copied && digest(await vscode.env.clipboard.readText()) === copied) await vscode.env.clipboard.writeText('');
  }

  /** Deactivation awaits clearPending first (see extension.ts); this covers a dispose without it. */
  dispose(): void {
    void this.clearPending();
  }
}
