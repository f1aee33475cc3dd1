import type { Baseline, BaselineEntry } from '../scan/baseline';

/**
 * `baseline` (or a new one) that also accepts `entry`, kept in the CLI's order (file, line,
 * rule, fingerprint) so a baseline edited from VS Code diffs as cleanly as one the CLI wrote.
 */
export function acceptFinding(baseline: Baseline | undefined, entry: BaselineEntry): Baseline {
  const entries = [...(baseline?.findings ?? [])];
  const same = (e: BaselineEntry) =>
    e.fingerprint === entry.fingerprint && e.file === entry.file && e.line === entry.line;
  if (!entries.some(same))
    entries.push({ fingerprint: entry.fingerprint, ruleId: entry.ruleId, file: entry.file, line: entry.line });
  entries.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.fingerprint, b.fingerprint),
  );
  return { version: 1, findings: entries };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
