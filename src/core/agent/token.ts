import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A session token: `kwa1.<id>.<secret>`. The id (public within the session's environment) finds
 * the session; the secret, 32 random bytes, is compared in constant time, so neither the lookup
 * nor the comparison tells an attacker how much of a guess was right.
 */
export interface SessionToken {
  id: string;
  /** The whole token, handed to the programs of one session and to nobody else. */
  value: string;
  /** SHA-256 of the secret part: the agent keeps this and the id, not the token. */
  digest: Buffer;
}

const PREFIX = 'kwa1';

export function newSessionToken(): SessionToken {
  const id = randomBytes(9).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  return { id, value: `${PREFIX}.${id}.${secret}`, digest: digestOf(secret) };
}

/** The id part of a well-formed token, or undefined. */
export function tokenId(token: string): string | undefined {
  const parts = token.split('.');
  return parts.length === 3 && parts[0] === PREFIX && parts[1] !== '' ? parts[1] : undefined;
}

/** Whether `token` is the session's token; constant-time in the secret. */
export function tokenMatches(token: string, expected: Pick<SessionToken, 'id' | 'digest'>): boolean {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX || parts[1] !== expected.id) return false;
  // Hashing first makes both sides 32 bytes, as timingSafeEqual requires, whatever was sent.
  return timingSafeEqual(digestOf(parts[2]), expected.digest);
}

function digestOf(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}
