// Every text the extension shows about findings and vault keys. Built from masked values
// only, so nothing here can carry a plaintext secret (test/unit/fixes/noLeak.test.ts). The
// extension passes vscode.l10n to translate them; a rule's own message stays as the rule says it.
import { english, type Localizer } from '../l10n';
import type { Finding } from '../scan/types';
import type { RotationStatus } from '../vault/due';
import type { KeySummary } from '../vault/records';

export function findingMessage(finding: Finding, l10n: Localizer = english): string {
  return l10n.t('{message} ({masked})', { message: finding.message, masked: finding.masked });
}

export function vaultCopyMessage(key: Pick<KeySummary, 'name' | 'masked'>, l10n: Localizer = english): string {
  return l10n.t('Hard-coded copy of vault key {name} ({masked})', { name: key.name, masked: key.masked });
}

/** A Findings view row: the rule's message, then the masked value and where it is. */
export function findingRow(finding: Finding, l10n: Localizer = english): { label: string; description: string } {
  return {
    label: finding.message,
    description: l10n.t('{masked} · line {line}', { masked: finding.masked, line: finding.line }),
  };
}

export function findingsCount(count: number, files: number, l10n: Localizer = english): string {
  if (count === 0) return l10n.t('No findings', {});
  if (count === 1) return l10n.t('1 finding in 1 file', {});
  return files === 1
    ? l10n.t('{count} findings in 1 file', { count })
    : l10n.t('{count} findings in {files} files', { count, files });
}

/** The hover over an environment reference whose name is a vault key (markdown). */
export function keyHoverMarkdown(key: KeySummary, rotation: RotationStatus, l10n: Localizer = english): string {
  const since = key.lastRotatedAt
    ? l10n.t('rotated {date}', { date: key.lastRotatedAt })
    : l10n.t('created {date}', { date: key.createdAt });
  const rows = [
    l10n.t('**{name}** · Keyward vault', { name: key.name }),
    l10n.t('Value: `{masked}`', { masked: key.masked }),
    l10n.t('Provider: {provider} · Environment: {environment} · Version {version}', {
      provider: key.provider ?? l10n.t('unknown', {}),
      environment: key.environment,
      version: key.version,
    }),
    l10n.t('Age: {age} ({since})', { age: days(rotation.ageDays, l10n), since }),
    key.status === 'active'
      ? l10n.t('Rotation: {rotation}', { rotation: rotationText(rotation, l10n) })
      : l10n.t('Rotation: {rotation} · Status: **{status}**', {
          rotation: rotationText(rotation, l10n),
          status: key.status === 'compromised' ? l10n.t('compromised', {}) : l10n.t('retired', {}),
        }),
  ];
  return rows.join('\n\n');
}

function rotationText({ state, daysLeft, periodDays }: RotationStatus, l10n: Localizer): string {
  if (state === 'overdue')
    return l10n.t('**overdue** by {days} (every {period} days)', { days: days(-daysLeft, l10n), period: periodDays });
  if (state === 'due-soon')
    return l10n.t('due in {days} (every {period} days)', { days: days(daysLeft, l10n), period: periodDays });
  return l10n.t('ok, due in {days} (every {period} days)', { days: days(daysLeft, l10n), period: periodDays });
}

function days(n: number, l10n: Localizer): string {
  return n === 1 ? l10n.t('1 day', {}) : l10n.t('{count} days', { count: n });
}
