import * as vscode from 'vscode';
import { KeywardError } from '../../core/errors';
import { RevealRateLimiter } from '../../core/vault/revealLimit';
import type { SettingsService } from '../settings';
import type { RevealGate } from '../vault/vaultService';

/**
 * Enforces `keyward.reveal.maxPerMinute`: beyond it every reveal (copy, terminal injection,
 * task) needs a modal confirmation, and both the confirmation and a refusal are audited.
 */
export function revealGate(settings: SettingsService): RevealGate {
  const limiter = new RevealRateLimiter(() => settings.current['reveal.maxPerMinute']);
  return async (names, purpose, vault) => {
    const { recent, allowed } = limiter.check(names.length);
    if (!allowed) {
      const go = 'Reveal Anyway';
      const answer = await vscode.window.showWarningMessage(
        `${recent} values were revealed in the last minute (limit ${settings.current['reveal.maxPerMinute']}). Reveal ${names.length === 1 ? names[0] : `${names.length} more`}?`,
        {
          modal: true,
          detail:
            'A burst of reveals can mean a runaway script or someone else at this machine. Your answer is recorded in the audit log.',
        },
        go,
      );
      const record = (detail: string) =>
        vault
          .current()
          ?.recordEvent({ action: 'reveal-limit', keyName: names.length === 1 ? names[0] : undefined, detail });
      if (answer !== go) {
        await record(`refused beyond ${recent} reveals in a minute: ${purpose}`);
        throw new KeywardError('Reveal cancelled: the per-minute limit was reached.', 'refused', 1);
      }
      await record(`confirmed beyond ${recent} reveals in a minute: ${purpose}`);
    }
    limiter.record(names.length);
  };
}
