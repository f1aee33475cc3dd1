import { createHash, createHmac } from 'node:crypto';

/** How a scanner fingerprints: plain data, so it crosses into worker threads. */
export interface FingerprintOptions {
  /** The repository's fingerprint salt (fingerprintSalt.ts), hex. */
  key: string;
  /** Also compute the unkeyed fingerprints that format-1 baselines hold, to match their entries. */
  unkeyed?: boolean;
}

/**
 * Identifies a finding across edits and moves without storing the secret: a baseline keeps this
 * value, so the same secret on another line stays accepted and a new one does not. It is an HMAC
 * keyed with the repository's fingerprint salt: without the salt, a fingerprint in a report
 * cannot be used to test guesses of the secret.
 */
export function fingerprintOf(ruleId: string, secret: string, salt: Buffer): string {
  return createHmac('sha256', salt).update(`${ruleId}\0${secret}`).digest('hex');
}

/**
 * The unkeyed fingerprint of baselines written before salts (format 1): computed only to match
 * such a baseline's entries, and never written to any report.
 */
export function unkeyedFingerprintOf(ruleId: string, secret: string): string {
  return createHash('sha256').update(`${ruleId}\0${secret}`).digest('hex');
}
