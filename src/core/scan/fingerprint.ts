import { createHash } from 'node:crypto';

/**
 * Identifies a finding across edits and moves without storing the secret: a baseline keeps
 * this hash, so the same secret on another line stays accepted and a new one does not.
 */
export function fingerprintOf(ruleId: string, secret: string): string {
  return createHash('sha256').update(`${ruleId}\0${secret}`).digest('hex');
}
