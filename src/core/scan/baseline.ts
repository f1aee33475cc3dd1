// Accepted findings, stored by fingerprint so the file itself never holds a secret.
// A fingerprint is keyed with the repository's salt and covers rule id + secret (not the
// position), so an accepted secret stays accepted when its line moves, and a NEW secret on an
// old line is still reported.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KeywardError } from '../errors';
import { readRegularFile, SIZE_LIMITS } from '../files/regularFile';
import { writeFileAtomically } from '../files/writeFile';
import type { FingerprintSalt } from './fingerprintSalt';
import type { Finding } from './types';

export const DEFAULT_BASELINE_PATH = '.keyward/baseline.json';

const fingerprint = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits')
  .describe('Fingerprint of the rule id and the secret: what is matched. The secret itself is never stored.');
// file and line are for humans reviewing the baseline; matching uses the fingerprint only.
const v1Entry = z.strictObject({
  fingerprint,
  ruleId: z.string().min(1).describe('The rule that reported it.'),
  file: z.string().min(1).describe('Where it was found, for reviewers; matching ignores it.'),
  line: z.number().int().positive().describe('The line it was found on, for reviewers; matching ignores it.'),
});
const entrySchema = v1Entry.extend({
  /** Carried over from a format-1 baseline: an unkeyed sha256, matched until the baseline is re-keyed. */
  unkeyed: z
    .literal(true)
    .optional()
    .describe('An unkeyed sha256 from a format-1 baseline, matched until keyward scan --rekey-baseline.'),
});

export const baselineSchema = z
  .discriminatedUnion('version', [
    z.strictObject({ version: z.literal(1), findings: z.array(v1Entry) }),
    z.strictObject({
      version: z.literal(2),
      salt: z
        .string()
        .regex(/^[0-9a-f]{16}$/, "must be the 16 hex digits of the salt's id")
        .describe('Id of the repository salt (.keyward/fingerprint-salt.json) that keys the fingerprints.'),
      findings: z.array(entrySchema).describe('Accepted findings: keyward scan reports them no more.'),
    }),
  ])
  .describe('Keyward baseline (.keyward/baseline.json), written by keyward scan --update-baseline.');

export type BaselineEntry = z.infer<typeof entrySchema>;
/** Format 2; a format-1 file reads as one whose entries are all unkeyed and whose salt is unknown. */
export interface Baseline {
  version: 2;
  salt?: string;
  findings: BaselineEntry[];
}

/** Reads and validates a baseline; `undefined` when the file does not exist. */
export function readBaseline(file: string): Baseline | undefined {
  const read = readRegularFile(file, { what: 'baseline', maxBytes: SIZE_LIMITS.baseline });
  if (!read) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(read.bytes.toString('utf8'));
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
  if (parsed.data.version === 1)
    return { version: 2, findings: parsed.data.findings.map((e) => ({ ...e, unkeyed: true as const })) };
  return parsed.data;
}

/** A baseline whose keyed fingerprints were made with another salt would match nothing: refused, saying why. */
export function checkBaselineSalt(baseline: Baseline | undefined, salt: FingerprintSalt, file: string): void {
  if (!baseline || baseline.salt === salt.id || baseline.findings.every((e) => e.unkeyed)) return;
  throw new KeywardError(
    `baseline ${file} was made with fingerprint salt ${baseline.salt}, but this repository's salt is ${salt.id}: ` +
      'restore the .keyward/fingerprint-salt.json committed with the baseline, or recreate the baseline with --update-baseline',
    'invalid-input',
  );
}

/** Whether matching needs the unkeyed fingerprints of format-1 entries. */
export function hasUnkeyedEntries(baseline: Baseline | undefined): boolean {
  return baseline?.findings.some((e) => e.unkeyed) ?? false;
}

/** The baseline accepting every given finding, in a stable order so diffs stay reviewable. */
export function baselineFrom(findings: readonly Finding[], salt: FingerprintSalt): Baseline {
  return acceptAlso(undefined, findings, salt);
}

/**
 * `baseline` plus the given findings. A history scan adds to the baseline rather than replacing
 * it: the working tree's accepted findings are not in history and must stay accepted.
 */
export function acceptAlso(
  baseline: Baseline | undefined,
  findings: readonly Finding[],
  salt: FingerprintSalt,
): Baseline {
  return { version: 2, salt: salt.id, findings: sorted([...(baseline?.findings ?? []), ...findings.map(entryOf)]) };
}

function entryOf(f: Finding): BaselineEntry {
  return { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, line: f.line };
}

/** Entries deduplicated and in the CLI's order (file, line, rule, fingerprint). */
export function sorted(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const seen = new Set<string>();
  const unique = entries.filter((e) => {
    const key = `${e.fingerprint}\0${e.file}\0${e.line}`;
    return !seen.has(key) && seen.add(key);
  });
  return unique.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.fingerprint, b.fingerprint),
  );
}

/**
 * Splits findings into those still to report and the count accepted by the baseline. The
 * findings returned carry no unkeyed fingerprint: from here on they may reach a report.
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline | undefined,
): { findings: Finding[]; suppressed: number } {
  const keyed = new Set(baseline?.findings.filter((e) => !e.unkeyed).map((e) => e.fingerprint));
  const unkeyed = new Set(baseline?.findings.filter((e) => e.unkeyed).map((e) => e.fingerprint));
  const kept = findings
    .filter((f) => !keyed.has(f.fingerprint) && !(f.unkeyedFingerprint && unkeyed.has(f.unkeyedFingerprint)))
    .map(({ unkeyedFingerprint: _unkeyed, ...finding }) => finding);
  return { findings: kept, suppressed: findings.length - kept.length };
}

/**
 * The baseline with every unkeyed entry that a current finding matches replaced by that
 * finding's keyed entry. Unkeyed entries nothing matches any more are dropped (their secret is
 * gone from the scanned files); `dropped` counts them.
 */
export function rekeyBaseline(
  baseline: Baseline,
  findings: readonly Finding[],
  salt: FingerprintSalt,
): { baseline: Baseline; rekeyed: number; dropped: number } {
  const unkeyed = new Set(baseline.findings.filter((e) => e.unkeyed).map((e) => e.fingerprint));
  const matched = findings.filter((f) => f.unkeyedFingerprint && unkeyed.has(f.unkeyedFingerprint));
  const used = new Set(matched.map((f) => f.unkeyedFingerprint));
  const keyed = baseline.findings.filter((e) => !e.unkeyed);
  return {
    baseline: { version: 2, salt: salt.id, findings: sorted([...keyed, ...matched.map(entryOf)]) },
    rekeyed: used.size,
    dropped: [...unkeyed].filter((fp) => !used.has(fp)).length,
  };
}

/**
 * Written atomically (temp file, every byte, fsync, rename), so an interrupted run never leaves
 * a truncated baseline that would fail the next scan.
 */
export function writeBaseline(file: string, baseline: Baseline): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomically(file, `${JSON.stringify(baseline, null, 2)}\n`, 0o644);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
