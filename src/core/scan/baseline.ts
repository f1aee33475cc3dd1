// Accepted findings, stored by fingerprint so the file itself never holds a secret.
// A fingerprint hashes rule id + secret (not the position), so an accepted secret stays
// accepted when its line moves, and a NEW secret on an old line is still reported.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KeywardError } from '../errors';
import { readRegularFile, SIZE_LIMITS } from '../files/regularFile';
import type { Finding } from './types';

export const DEFAULT_BASELINE_PATH = '.keyward/baseline.json';

const entrySchema = z.strictObject({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'must be a 64-character lower-case hex sha256'),
  ruleId: z.string().min(1),
  // file and line are for humans reviewing the baseline; matching uses the fingerprint only.
  file: z.string().min(1),
  line: z.number().int().positive(),
});

const baselineSchema = z.strictObject({
  version: z.literal(1),
  findings: z.array(entrySchema),
});

export type Baseline = z.infer<typeof baselineSchema>;
export type BaselineEntry = z.infer<typeof entrySchema>;

/** Reads and validates a baseline; `undefined` when the file does not exist. */
export function readBaseline(file: string): Baseline | undefined {
  const read = readRegularFile(file, { what: 'baseline', maxBytes: SIZE_LIMITS.baseline });
  if (!read) return undefined;
  const raw = read.bytes.toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new KeywardError(
      `baseline ${file} is not valid JSON; fix it or recreate it with --update-baseline`,
      'invalid-input',
    );
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '(root)';
    throw new KeywardError(
      `baseline ${file} is invalid at ${where}: ${issue?.message ?? 'unexpected shape'}; fix it or recreate it with --update-baseline`,
      'invalid-input',
    );
  }
  return parsed.data;
}

/** The baseline accepting every given finding, in a stable order so diffs stay reviewable. */
export function baselineFrom(findings: readonly Finding[]): Baseline {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const f of findings) {
    const key = `${f.fingerprint}\0${f.file}\0${f.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, line: f.line });
  }
  entries.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.fingerprint, b.fingerprint),
  );
  return { version: 1, findings: entries };
}

/** Splits findings into those still to report and the count accepted by the baseline. */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline | undefined,
): { findings: Finding[]; suppressed: number } {
  if (!baseline) return { findings: [...findings], suppressed: 0 };
  const accepted = new Set(baseline.findings.map((e) => e.fingerprint));
  const kept = findings.filter((f) => !accepted.has(f.fingerprint));
  return { findings: kept, suppressed: findings.length - kept.length };
}

/**
 * Writes atomically (temp file in the same directory, then rename) so an interrupted
 * run never leaves a truncated baseline that would fail the next scan.
 */
export function writeBaseline(file: string, baseline: Baseline): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, `${JSON.stringify(baseline, null, 2)}\n`, { mode: 0o644 });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new KeywardError(`cannot write baseline ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'io');
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
