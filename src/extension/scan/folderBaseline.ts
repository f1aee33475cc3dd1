import path from 'node:path';
import type { Baseline } from '../../core/scan/baseline';
import type { FingerprintOptions } from '../../core/scan/fingerprint';
import type { FingerprintSalt } from '../../core/scan/fingerprintSalt';
import type { Finding } from '../../core/scan/types';
import type { ScanEngine } from '../featureTypes';

/** How a folder's findings are fingerprinted, and which of them its baseline accepts. */
export interface FolderBaseline {
  fingerprints: FingerprintOptions;
  accepts(finding: Finding): boolean;
}

/**
 * The folder's fingerprint salt (or, without one, this session's: nothing is written just to
 * scan) and its baseline, checked against each other. A problem with either is reported through
 * `problem`, and the baseline is then ignored, never half used.
 */
export function loadFolderBaseline(
  engine: ScanEngine,
  root: string | undefined,
  sessionSalt: FingerprintSalt,
  problem: (error: unknown) => void,
): FolderBaseline {
  let salt = sessionSalt;
  let baseline: Baseline | undefined;
  if (root) {
    try {
      salt = engine.readFingerprintSalt(root) ?? sessionSalt;
      const file = path.join(root, engine.DEFAULT_BASELINE_PATH);
      baseline = engine.readBaseline(file);
      engine.checkBaselineSalt(baseline, salt, file);
    } catch (error) {
      problem(error);
      baseline = undefined;
    }
  }
  const keyed = new Set(baseline?.findings.filter((e) => !e.unkeyed).map((e) => e.fingerprint));
  const unkeyed = new Set(baseline?.findings.filter((e) => e.unkeyed).map((e) => e.fingerprint));
  return {
    fingerprints: { key: salt.key.toString('hex'), unkeyed: unkeyed.size > 0 },
    accepts: (f) =>
      keyed.has(f.fingerprint) || (f.unkeyedFingerprint !== undefined && unkeyed.has(f.unkeyedFingerprint)),
  };
}
