// Which salt keys this scan's fingerprints, and what to tell the user about it.
import path from 'node:path';
import { isKeywardError } from '../../core/errors';
import { checkBaselineSalt, hasUnkeyedEntries, type Baseline } from '../../core/scan/baseline';
import type { FingerprintOptions } from '../../core/scan/fingerprint';
import {
  ensureFingerprintSalt,
  ephemeralSalt,
  readFingerprintSalt,
  SALT_FILE,
  type FingerprintSalt,
} from '../../core/scan/fingerprintSalt';
import type { CliIO } from '../io';
import type { ScanOptions } from './options';

export interface Fingerprinting {
  salt: FingerprintSalt;
  fingerprints: FingerprintOptions;
}

/**
 * The repository's salt. It is created (and the user asked to commit it) only when fingerprints
 * will outlive the run: a baseline is written, or a JSON or SARIF report is. A text report needs
 * none, and neither does a staged scan, the commit gate (the hook, VS Code's Scan Staged Changes),
 * whose findings last as long as the commit attempt; such a scan writes nothing into the
 * repository and keys its fingerprints with a salt of its own when the repository has none.
 */
export function fingerprinting(
  root: string,
  options: ScanOptions,
  baseline: Baseline | undefined,
  baselineFile: string,
  io: CliIO,
): Fingerprinting {
  const kept = options.updateBaseline || options.rekeyBaseline || (options.format !== 'text' && !options.staged);
  const salt = kept ? createIfMissing(root, io) : (readFingerprintSalt(root) ?? ephemeralSalt());
  checkBaselineSalt(baseline, salt, baselineFile);
  const unkeyed = options.rekeyBaseline || (!options.updateBaseline && hasUnkeyedEntries(baseline));
  return { salt, fingerprints: { key: salt.key.toString('hex'), unkeyed } };
}

function createIfMissing(root: string, io: CliIO): FingerprintSalt {
  try {
    const { salt, created } = ensureFingerprintSalt(root);
    if (created)
      io.stderr.write(
        `keyward: created ${SALT_FILE}: it keys the fingerprints in reports and the baseline. ` +
          'Commit it with the baseline so CI and teammates compute the same ones.\n',
      );
    return salt;
  } catch (error) {
    if (!isKeywardError(error) || error.code !== 'io') throw error;
    io.stderr.write(
      `keyward: warning: ${error.message} The fingerprints of this run use a salt of their own and will differ from run to run.\n`,
    );
    return ephemeralSalt();
  }
}

/** Said on every scan that still matches unkeyed entries, until the baseline is re-keyed. */
export function warnUnkeyed(baseline: Baseline | undefined, baselineFile: string, io: CliIO): void {
  const count = baseline?.findings.filter((e) => e.unkeyed).length ?? 0;
  if (count === 0) return;
  io.stderr.write(
    `keyward: warning: ${path.relative(io.cwd, baselineFile) || baselineFile} holds ${count} unkeyed fingerprint(s) ` +
      '(format 1), against which anyone can test guesses of the secrets; `keyward scan --rekey-baseline` re-keys them.\n',
  );
}
