// Flags of `keyward scan`, parsed strictly: an unknown flag or a bad value is a usage error
// (exit 2), never silently ignored, because CI relies on the exit code.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KeywardError } from '../../core/errors';
import { CONFIDENCES, type Confidence } from '../../core/scan/types';

export const SCAN_USAGE = `Usage: keyward scan [PATH...] [options]

Scans files for leaked secrets and insecure secret handling. PATHs default to the whole
scan root (the git top-level directory, or the current directory outside a repository).

Options:
  --format text|json|sarif   report format (default text)
  --output FILE              write the report to FILE instead of stdout
  --baseline FILE            accepted findings (default .keyward/baseline.json when present)
  --update-baseline          accept every current finding into the baseline file
                             (full scans only)
  --staged                   scan the staged (index) content of files, for pre-commit hooks
  --no-gitignore             also scan files that .gitignore excludes
  --min-confidence LEVEL     report only findings at LEVEL or above: low (default),
                             medium or high (see each finding's confidence and reason)
  -h, --help                 show this help

Exit codes: 0 no findings, 1 findings (errors or warnings), 2 error.`;

export type ReportFormat = 'text' | 'json' | 'sarif';
const FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];

export interface ScanOptions {
  paths: string[];
  format: ReportFormat;
  output?: string;
  baseline?: string;
  updateBaseline: boolean;
  staged: boolean;
  gitignore: boolean;
  minConfidence: Confidence;
  help: boolean;
}

/** Parses argv; relative file arguments are resolved against `cwd`. */
export function parseScanOptions(args: string[], cwd: string): ScanOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean' },
        staged: { type: 'boolean' },
        'no-gitignore': { type: 'boolean' },
        'min-confidence': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new KeywardError(`${(error as Error).message.split('\n')[0]} (see keyward scan --help)`, 'usage');
  }
  const { values, positionals } = parsed;
  const format = (values.format ?? 'text') as ReportFormat;
  if (!FORMATS.includes(format)) {
    throw new KeywardError(`--format must be one of ${FORMATS.join(', ')}, not '${values.format}'`, 'usage');
  }
  const minConfidence = (values['min-confidence'] ?? 'low') as Confidence;
  if (!CONFIDENCES.includes(minConfidence)) {
    throw new KeywardError(
      `--min-confidence must be one of ${CONFIDENCES.join(', ')}, not '${values['min-confidence']}'`,
      'usage',
    );
  }
  if (values['update-baseline'] && (values.staged || positionals.length > 0)) {
    // A partial scan would silently drop the accepted findings of every file it skipped.
    throw new KeywardError('--update-baseline needs a full scan: drop --staged and PATH arguments', 'usage');
  }
  return {
    paths: positionals.map((p) => path.resolve(cwd, p)),
    format,
    ...(values.output !== undefined && { output: path.resolve(cwd, values.output) }),
    ...(values.baseline !== undefined && { baseline: path.resolve(cwd, values.baseline) }),
    updateBaseline: values['update-baseline'] ?? false,
    staged: values.staged ?? false,
    gitignore: !(values['no-gitignore'] ?? false),
    minConfidence,
    help: values.help ?? false,
  };
}
