// Flags of `keyward scan`, parsed strictly: an unknown flag or a bad value is a usage error
// (exit 2), never silently ignored, because CI relies on the exit code.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KeywardError } from '../../core/errors';
import type { HistoryRange } from '../../core/scan/sources/history';
import { CONFIDENCES, type Confidence } from '../../core/scan/types';

export const SCAN_USAGE = `Usage: keyward scan [PATH...] [options]
       keyward scan --staged [PATH...] [options]
       keyward scan --history [REVISION...] [--all] [--since DATE] [--until DATE] [-- PATH...]

Scans files for leaked secrets and insecure secret handling. PATH may be any file or
folder, in this repository or another; without one, the whole scan root is scanned.

Options:
  --format text|json|sarif   report format (default text)
  --output FILE              write the report to FILE instead of stdout
  --baseline FILE            accepted findings (default .keyward/baseline.json when present)
  --update-baseline          accept every current finding into the baseline file (full
                             scans only; with --history, adds the history's findings)
  --rekey-baseline           rewrite a format-1 baseline's unkeyed fingerprints with the
                             repository's salt, accepting nothing new (full scans only)
  --staged                   scan the staged (index) content of files, for pre-commit hooks
  --history                  scan every line added by the commits reachable from HEAD, or
                             from the REVISIONs and ranges given (main, v1.0..HEAD); each
                             secret is reported once, at the commit that first added it
    --all                    every ref instead: branches, tags, remotes, the stash
    --since DATE, --until DATE
                             commits in a time window (git dates: 2024-01-31, "2 weeks ago")
  --root DIR                 the scan root (default: the git top level of the first PATH,
                             or of the current directory; else that folder). Reports, the
                             config and the baseline are relative to it
  --no-gitignore             also scan files that .gitignore excludes
  --fail-on-skipped          exit 2 when a file or folder could not be read (permissions,
                             I/O errors); files skipped on purpose (binary, too large, lock
                             files) do not count. Config: "failOnSkipped": true
  --min-confidence LEVEL     report only findings at LEVEL or above: low (default),
                             medium or high (see each finding's confidence and reason)
  -h, --help                 show this help

Exit codes: 0 no findings, 1 findings (errors or warnings), 2 error.`;

export type ReportFormat = 'text' | 'json' | 'sarif';
const FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];

export interface ScanOptions {
  /** Absolute paths to scan (with --history: paths that limit the history). */
  paths: string[];
  format: ReportFormat;
  output?: string;
  baseline?: string;
  root?: string;
  updateBaseline: boolean;
  rekeyBaseline: boolean;
  staged: boolean;
  /** Set with --history. */
  history?: HistoryRange;
  gitignore: boolean;
  failOnSkipped: boolean;
  minConfidence: Confidence;
  help: boolean;
}

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  baseline: { type: 'string' },
  root: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  'rekey-baseline': { type: 'boolean' },
  staged: { type: 'boolean' },
  history: { type: 'boolean' },
  all: { type: 'boolean' },
  since: { type: 'string' },
  until: { type: 'string' },
  'no-gitignore': { type: 'boolean' },
  'fail-on-skipped': { type: 'boolean' },
  'min-confidence': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const usage = (message: string) => new KeywardError(message, 'usage');

/** Parses argv; relative file arguments are resolved against `cwd`. */
export function parseScanOptions(args: string[], cwd: string): ScanOptions {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, tokens: true, options: OPTIONS });
  } catch (error) {
    throw usage(`${(error as Error).message.split('\n')[0]} (see keyward scan --help)`);
  }
  const { values, positionals, tokens } = parsed;
  const format = (values.format ?? 'text') as ReportFormat;
  if (!FORMATS.includes(format)) throw usage(`--format must be one of ${FORMATS.join(', ')}, not '${values.format}'`);
  // Before `--`: revisions with --history, paths otherwise. After it: always paths.
  const terminator = tokens.find((t) => t.kind === 'option-terminator')?.index ?? args.length;
  const beforeTerminator = tokens.filter((t) => t.kind === 'positional' && t.index < terminator).length;
  const history = values.history ? historyRange(values, positionals.slice(0, beforeTerminator)) : undefined;
  if (!history) {
    for (const flag of ['all', 'since', 'until'] as const) {
      if (values[flag] !== undefined) throw usage(`--${flag} needs --history`);
    }
  }
  const minConfidence = (values['min-confidence'] ?? 'low') as Confidence;
  if (!CONFIDENCES.includes(minConfidence)) {
    throw usage(`--min-confidence must be one of ${CONFIDENCES.join(', ')}, not '${values['min-confidence']}'`);
  }
  const paths = history ? positionals.slice(beforeTerminator) : positionals;
  if (values.staged && history) throw usage('--staged and --history scan different things: choose one');
  if (values['update-baseline'] && (values.staged || paths.length > 0 || (history && !fullHistory(history)))) {
    // A partial scan would silently drop the accepted findings of every file it skipped.
    throw usage('--update-baseline needs a full scan: drop --staged, PATH arguments and revision limits');
  }
  if (values['rekey-baseline'] && (values.staged || paths.length > 0 || history)) {
    throw usage('--rekey-baseline needs a full scan of the working tree: drop --staged, --history and PATH arguments');
  }
  if (values['update-baseline'] && values['rekey-baseline'])
    throw usage('--update-baseline and --rekey-baseline do not go together');
  return {
    paths: paths.map((p) => path.resolve(cwd, p)),
    format,
    ...(values.output !== undefined && { output: path.resolve(cwd, values.output) }),
    ...(values.baseline !== undefined && { baseline: path.resolve(cwd, values.baseline) }),
    ...(values.root !== undefined && { root: path.resolve(cwd, values.root) }),
    updateBaseline: values['update-baseline'] ?? false,
    rekeyBaseline: values['rekey-baseline'] ?? false,
    staged: values.staged ?? false,
    ...(history && { history }),
    gitignore: !(values['no-gitignore'] ?? false),
    failOnSkipped: values['fail-on-skipped'] ?? false,
    minConfidence,
    help: values.help ?? false,
  };
}

function historyRange(values: { all?: boolean; since?: string; until?: string }, revisions: string[]): HistoryRange {
  for (const revision of revisions) {
    // git would read a leading dash as an option; a revision never starts with one.
    if (revision.startsWith('-') || revision === '') throw usage(`'${revision}' is not a revision`);
  }
  for (const flag of ['since', 'until'] as const) {
    if (values[flag]?.trim() === '') throw usage(`--${flag} needs a date`);
  }
  return {
    revisions,
    all: values.all ?? false,
    ...(values.since !== undefined && { since: values.since }),
    ...(values.until !== undefined && { until: values.until }),
  };
}

function fullHistory(range: HistoryRange): boolean {
  return range.revisions.length === 0 && range.since === undefined && range.until === undefined;
}
