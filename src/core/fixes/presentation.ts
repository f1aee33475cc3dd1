// Every text the extension shows about findings and vault keys. Built from masked values
// only, so nothing here can carry a plaintext secret (test/unit/fixes/noLeak.test.ts).
import type { Finding } from '../scan/types';
import type { RotationStatus } from '../vault/due';
import type { KeySummary } from '../vault/records';

/** The Problems entry: what, the masked value, and why in a few words (the evidence). */
export function findingMessage(finding: Finding): string {
  return `${finding.message} (${finding.masked}) · ${finding.confidence} confidence: ${finding.reason}`;
}

export function vaultCopyMessage(key: Pick<KeySummary, 'name' | 'masked'>): string {
  return `Hard-coded copy of vault key ${key.name} (${key.masked})`;
}

/** A Findings view row: the rule's message, then the masked value and where it is. */
export function findingRow(finding: Finding): { label: string; description: string } {
  return { label: finding.message, description: `${finding.masked} · line ${finding.line}` };
}

export function findingsCount(count: number, files: number): string {
  if (count === 0) return 'No findings';
  return `${count} ${count === 1 ? 'finding' : 'findings'} in ${files} ${files === 1 ? 'file' : 'files'}`;
}

/** The hover over an environment reference whose name is a vault key (markdown). */
export function keyHoverMarkdown(key: KeySummary, rotation: RotationStatus): string {
  const rows = [
    `**${key.name}** · Keyward vault`,
    '',
    `Value: \`${key.masked}\``,
    '',
    `Provider: ${key.provider ?? 'unknown'} · Environment: ${key.environment} · Version ${key.version}`,
    '',
    `Age: ${days(rotation.ageDays)} (${key.lastRotatedAt ? 'rotated' : 'created'} ${key.lastRotatedAt ?? key.createdAt})`,
    '',
    `Rotation: ${rotationText(rotation)}${key.status === 'active' ? '' : ` · Status: **${key.status}**`}`,
  ];
  return rows.join('\n');
}

function rotationText({ state, daysLeft, periodDays }: RotationStatus): string {
  if (state === 'overdue') return `**overdue** by ${days(-daysLeft)} (every ${periodDays} days)`;
  if (state === 'due-soon') return `due in ${days(daysLeft)} (every ${periodDays} days)`;
  return `ok, due in ${days(daysLeft)} (every ${periodDays} days)`;
}

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}
