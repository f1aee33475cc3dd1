import * as vscode from 'vscode';
import { KeywardError } from '../../core/errors';
import { RevealRateLimiter } from '../../core/vault/revealLimit';
import type { RevealGate } from '../featureTypes';
import type { SettingsService } from '../settings';

/**
 * Enforces `keyward.reveal.maxPerMinute`: beyond it every reveal (copy, terminal injection,
 * task) needs a modal confirmation, and both the confirmation and a refusal are audited. One gate
 * holds one count, so the composition root builds one for the session.
 */
export function revealGate(settings: SettingsService): RevealGate {
  const limiter = new RevealRateLimiter(() => settings.current['reveal.maxPerMinute']);
  return async (names, purpose, record) => {
    const { recent, allowed } = limiter.check(names.length);
    if (!allowed) {
      const go = vscode.l10n.t('Reveal Anyway');
      const limit = settings.current['reveal.maxPerMinute'];
      const answer = await vscode.window.showWarningMessage(
        names.length === 1
          ? vscode.l10n.t('{recent} values were revealed in the last minute (limit {limit}). Reveal {name}?', {
              recent,
              limit,
              name: names[0],
            })
          : vscode.l10n.t('{recent} values were revealed in the last minute (limit {limit}). Reveal {count} more?', {
              recent,
              limit,
              count: names.length,
            }),
        {
          modal: true,
          detail: vscode.l10n.t(
            'A burst of reveals can mean a runaway script or someone else at this machine. Your answer is recorded in the audit log.',
          ),
        },
        go,
      );
      // Audit details stay English: the log is a record, read by tools and auditors alike.
      const audit = (detail: string) =>
        record({ action: 'reveal-limit', keyName: names.length === 1 ? names[0] : undefined, detail });
      if (answer !== go) {
        await audit(`refused beyond ${recent} reveals in a minute: ${purpose}`);
        throw new KeywardError(vscode.l10n.t('Reveal cancelled: the per-minute limit was reached.'), 'refused', 1);
      }
      await audit(`confirmed beyond ${recent} reveals in a minute: ${purpose}`);
    }
    limiter.record(names.length);
  };
}
