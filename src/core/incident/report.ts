import type { AuditEntry } from '../vault/audit';
import type { KeySummary } from '../vault/records';

/** The founding document's section 9, in order; `done` marks what this response already did. */
export const INCIDENT_CHECKLIST = [
  { id: 'rotate-keys', text: 'Rotate all affected API keys immediately (and revoke the old values at each provider)' },
  { id: 'new-master', text: 'Generate a new ENCRYPTION_KEY (the vault master key)' },
  { id: 're-encrypt', text: 'Re-encrypt all stored keys under the new master key' },
  { id: 'audit-logs', text: "Audit access logs (the timeline below, and each provider's own logs)" },
  { id: 'notify', text: 'Notify affected users' },
  { id: 'document', text: 'Document the incident (this report)' },
] as const;

export type ChecklistId = (typeof INCIDENT_CHECKLIST)[number]['id'];

export interface IncidentReport {
  title: string;
  at: Date;
  actor: string;
  /** As listed after the response: masked values only. */
  keys: KeySummary[];
  timeline: AuditEntry[];
  actions: string[];
  done: ReadonlySet<ChecklistId>;
}

/** Audit entries that concern the affected keys or the vault's master key. */
export function incidentTimeline(log: AuditEntry[], keyNames: string[]): AuditEntry[] {
  const names = new Set(keyNames);
  const mentions = (detail: string) => keyNames.some((n) => new RegExp(`\\b${n}\\b`).test(detail));
  return log.filter(
    (e) =>
      (e.keyName !== null && names.has(e.keyName)) ||
      e.action.startsWith('master-') ||
      e.action === 'incident' ||
      e.action === 'reveal-limit' ||
      ((e.action === 'key-inject' || e.action === 'key-import') && mentions(e.detail)),
  );
}

/** Markdown for `.keyward/incidents/`: safe to commit, since it holds masked values only. */
export function renderIncidentReport(report: IncidentReport): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines = [
    `# Incident: ${report.title}`,
    '',
    `- Opened: ${report.at.toISOString()}`,
    `- By: ${report.actor}`,
    '',
    '## Affected keys',
    '',
    ...(report.keys.length
      ? [
          '| Key | Environment | Provider | Value (masked) | Version | Status |',
          '| --- | --- | --- | --- | --- | --- |',
          ...report.keys.map(
            (k) =>
              `| ${k.name} | ${k.environment} | ${k.provider ?? '-'} | \`${k.masked}\` | ${k.version} | ${k.status} |`,
          ),
        ]
      : ['None named: the response concerns the vault master key.']),
    '',
    '## Actions taken',
    '',
    ...report.actions.map((a) => `- ${a}`),
    '',
    '## Checklist',
    '',
    ...INCIDENT_CHECKLIST.map((item) => `- [${report.done.has(item.id) ? 'x' : ' '}] ${item.text}`),
    '',
    '## Timeline (from the vault audit log)',
    '',
    '| # | When (UTC) | Action | Key | Who | Detail |',
    '| --- | --- | --- | --- | --- | --- |',
    ...report.timeline.map(
      (e) => `| ${e.seq} | ${e.ts} | ${e.action} | ${e.keyName ?? ''} | ${cell(e.actor)} | ${cell(e.detail)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
