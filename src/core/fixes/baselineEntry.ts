import { sorted, type Baseline, type BaselineEntry } from '../scan/baseline';
import type { FingerprintSalt } from '../scan/fingerprintSalt';

/**
 * `baseline` (or a new one) that also accepts `entry`, keyed with `salt`, kept in the CLI's order
 * (file, line, rule, fingerprint) so a baseline edited from VS Code diffs as cleanly as one the
 * CLI wrote. Entries carried over unkeyed from a format-1 baseline stay as they are.
 */
export function acceptFinding(baseline: Baseline | undefined, entry: BaselineEntry, salt: FingerprintSalt): Baseline {
  const { fingerprint, ruleId, file, line } = entry;
  return {
    version: 2,
    salt: salt.id,
    findings: sorted([...(baseline?.findings ?? []), { fingerprint, ruleId, file, line }]),
  };
}
