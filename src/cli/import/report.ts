// What an import did, for the terminal: what was imported, what was adapted and how, what was
// left out and why, and what became of each .gitleaksignore entry.
import type { ConvertedConfig } from '../../core/scan/gitleaks/convertConfig';
import type { IgnoredFinding } from '../../core/scan/gitleaks/ignoreFile';
import type { IgnoreConversion } from './ignoreEntries';

export interface ImportReport {
  configFile: string | undefined;
  target: string;
  converted: ConvertedConfig;
  ignoreFile: string;
  ignored: { entries: IgnoredFinding[]; invalid: string[] } | undefined;
  conversion: IgnoreConversion | undefined;
}

export function formatImportReport(r: ImportReport): string {
  const lines: string[] = [];
  const { extraRules, allowlists, notes } = r.converted;
  if (r.configFile) {
    lines.push(
      `From ${r.configFile} into ${r.target}: ${extraRules.length} rule(s), ${allowlists.length} allowlist(s).`,
    );
    if (extraRules.length > 0) lines.push(`  rules: ${extraRules.map((rule) => rule.id).join(', ')}`);
  }
  for (const kind of ['adapted', 'not imported'] as const) {
    const chosen = notes.filter((n) => n.kind === kind);
    if (chosen.length === 0) continue;
    lines.push(kind === 'adapted' ? 'Adapted:' : 'Not imported:');
    for (const n of chosen) lines.push(`  ${n.subject}: ${n.note}`);
  }
  if (r.ignored && r.conversion) {
    const { entries, invalid } = r.ignored;
    const { accepted, unmatched } = r.conversion;
    lines.push(
      `From ${r.ignoreFile}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}, ${accepted.length} finding(s) accepted into the baseline.`,
    );
    for (const e of unmatched) {
      lines.push(
        `  nothing Keyward reports at ${e.commit ? `${e.commit.slice(0, 12)}:` : ''}${e.file}:${e.line} (${e.ruleId})`,
      );
    }
    for (const line of invalid) lines.push(`  not a gitleaks fingerprint: ${line}`);
  }
  return `${lines.join('\n')}\n`;
}
