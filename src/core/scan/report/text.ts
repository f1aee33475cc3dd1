// Terminal report: one line per finding, `path:line:col  severity  rule  masked  message`,
// sorted by file with a blank line between files, then a one-line summary. The
// `path:line:col` prefix is what terminals and editors turn into a clickable link.
import type { SkippedFile } from '../sources/skip';
import type { CommitProvenance, Finding, Severity } from '../types';
import { printable } from './printable';
import { sortFindings, type ScanSummary } from './summary';

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  green: '\x1b[32m',
};
const SEVERITY_COLOR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.cyan };

export interface TextOptions {
  color: boolean;
  /** Paths to name under "Not scanned" (a staged scan lists every skip, others the unreadable). */
  notScanned?: readonly SkippedFile[];
}

export function formatText(findings: readonly Finding[], summary: ScanSummary, options: TextOptions): string {
  const paint = painter(options.color);
  // Everything that comes from the scanned tree is made printable before it is measured or shown.
  const sorted = sortFindings(findings).map((f) => ({
    ...f,
    file: printable(f.file),
    ruleId: printable(f.ruleId),
    masked: printable(f.masked),
    message: printable(f.message),
  }));
  const locations = sorted.map((f) => `${f.file}:${f.line}:${f.column}`);
  const locationWidth = Math.max(0, ...locations.map((l) => l.length));
  const ruleWidth = Math.max(0, ...sorted.map((f) => f.ruleId.length));
  const maskedWidth = Math.max(0, ...sorted.map((f) => f.masked.length));

  const lines: string[] = [];
  sorted.forEach((f, i) => {
    if (i > 0 && sorted[i - 1].file !== f.file) lines.push('');
    lines.push(
      [
        paint(ANSI.bold, locations[i].padEnd(locationWidth)),
        paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7)),
        paint(ANSI.dim, f.ruleId.padEnd(ruleWidth)),
        f.masked.padEnd(maskedWidth),
        `${f.message} ${paint(ANSI.dim, `(${f.confidence}: ${f.reason})`)}`,
      ]
        .join('  ')
        .trimEnd(),
    );
    if (f.commit) lines.push(paint(ANSI.dim, `    ${introduction(f.commit)}`));
  });
  if (lines.length > 0) lines.push('');
  lines.push(...notScannedSection(options.notScanned ?? [], paint));
  lines.push(formatSummary(summary, options));
  return `${lines.join('\n')}\n`;
}

/** The closing line alone, e.g. for a terminal when the full report went to a file. */
export function formatSummary(s: ScanSummary, options: TextOptions): string {
  const paint = painter(options.color);
  // In a history scan a "file" is one file changed by one commit.
  const unit = s.commitsScanned === undefined ? 'file' : 'file change';
  const commits = s.commitsScanned === undefined ? '' : `${plural(s.commitsScanned, 'commit')}, `;
  const scanned = `${commits}${plural(s.filesScanned, unit)} scanned, ${formatMegabytes(s.bytesScanned)} in ${Math.round(s.durationMs)} ms`;
  const unreadable = s.unreadable > 0 ? ` (${s.unreadable} unreadable)` : '';
  const extras = [
    s.suppressed > 0 ? `${s.suppressed} suppressed by baseline` : '',
    s.skipped > 0 ? `${plural(s.skipped, unit)} skipped${unreadable}` : '',
  ].filter(Boolean);
  const tail = [scanned, ...extras].join(', ');
  if (s.findings === 0) return `${paint(ANSI.green, 'No findings')}; ${tail}`;
  const parts = (['error', 'warning', 'info'] as const)
    .filter((sev) => s.bySeverity[sev] > 0)
    .map((sev) => (sev === 'info' ? `${s.bySeverity.info} info` : plural(s.bySeverity[sev], sev)));
  const headline = `${plural(s.findings, 'finding')} in ${plural(s.filesWithFindings, 'file')} (${parts.join(', ')})`;
  const color = s.bySeverity.error > 0 ? ANSI.red : s.bySeverity.warning > 0 ? ANSI.yellow : ANSI.cyan;
  return `${paint(color, headline)}; ${tail}`;
}

/** `added in 1a2b3c4d5e6f by Ann <ann@example.com> on 2024-05-01, and by 2 later commits` */
function introduction(commit: CommitProvenance): string {
  const later = commit.commits - 1;
  const more = later > 0 ? `; ${plural(later, 'later commit')} add${later === 1 ? 's' : ''} it too` : '';
  const who = printable(`${commit.author} <${commit.email}>`);
  return `added in ${commit.sha.slice(0, 12)} by ${who} on ${commit.date.slice(0, 10)}${more}`;
}

function notScannedSection(skipped: readonly SkippedFile[], paint: ReturnType<typeof painter>): string[] {
  if (skipped.length === 0) return [];
  const width = Math.max(...skipped.map((s) => printable(s.file).length));
  const rows = skipped.map((s) => {
    const why = `${s.reason}${s.detail ? ` (${s.detail})` : ''}`;
    return `  ${printable(s.file).padEnd(width)}  ${s.reason === 'unreadable' ? paint(ANSI.red, why) : paint(ANSI.dim, why)}`;
  });
  return [`Not scanned (${skipped.length}):`, ...rows, ''];
}

function painter(color: boolean): (code: string, text: string) => string {
  return color ? (code, text) => `${code}${text}${ANSI.reset}` : (_code, text) => text;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return `${mb.toFixed(mb < 10 ? 2 : 1)} MB`;
}
