// The per-repository key of scan fingerprints (`.keyward/fingerprint-salt.json`). Committed with
// the baseline so CI and teammates compute the same fingerprints; absent from every report, so a
// reader of a SARIF or JSON report cannot test guesses against its fingerprints.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KeywardError } from '../errors';
import { readRegularFile } from '../files/regularFile';

export const SALT_FILE = '.keyward/fingerprint-salt.json';

export interface FingerprintSalt {
  key: Buffer;
  /** Public: names the salt in a baseline, so fingerprints made with another one are caught. */
  id: string;
}

const saltSchema = z.strictObject({ version: z.literal(1), salt: z.string().regex(/^[0-9a-f]{64}$/) });

function fromKey(key: Buffer): FingerprintSalt {
  return { key, id: createHash('sha256').update(key).digest('hex').slice(0, 16) };
}

/** The repository's salt; undefined when it has none yet. */
export function readFingerprintSalt(root: string): FingerprintSalt | undefined {
  const file = path.join(root, SALT_FILE);
  const read = readRegularFile(file, { what: 'fingerprint salt', maxBytes: 4096 });
  if (!read) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const valid = saltSchema.safeParse(parsed);
  if (!valid.success)
    throw new KeywardError(
      `${file} is not a fingerprint salt ({"version": 1, "salt": 64 hex digits}); restore it from git, or delete it and recreate the baseline.`,
      'config-invalid',
    );
  return fromKey(Buffer.from(valid.data.salt, 'hex'));
}

/**
 * Creates the salt if there is none (exclusively: two scans starting together agree on one);
 * `created` says whether this call made it, so the caller can ask for it to be committed.
 */
export function ensureFingerprintSalt(root: string): { salt: FingerprintSalt; created: boolean } {
  const existing = readFingerprintSalt(root);
  if (existing) return { salt: existing, created: false };
  const file = path.join(root, SALT_FILE);
  const key = randomBytes(32);
  const draft = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const fd = openSync(draft, 'wx', 0o644);
    try {
      writeSync(fd, `${JSON.stringify({ version: 1, salt: key.toString('hex') }, null, 2)}\n`);
    } finally {
      closeSync(fd);
    }
    linkSync(draft, file);
    return { salt: fromKey(key), created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { salt: readFingerprintSalt(root)!, created: false };
    throw new KeywardError(`Cannot create ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, 'io');
  } finally {
    try {
      unlinkSync(draft);
    } catch {
      // Never written.
    }
  }
}

/** A salt for this process only, where none can be kept: fingerprints then differ from run to run. */
export function ephemeralSalt(): FingerprintSalt {
  return fromKey(randomBytes(32));
}
