// Tokens that carry their own expiry: a JWT's `exp` claim (RFC 7519 section 4.1.4, seconds since
// the epoch). Past it, the token no longer authenticates anyone; it still names a signing
// key's output and an identity, so it is weaker evidence, not none.

const JWT_SHAPE = /^eyJ[\w-]+\.(eyJ[\w-]+)\.[\w-]*$/;

/** True when the value is a JWT whose `exp` lies before `now` (milliseconds). */
export function isExpiredToken(secret: string, now = Date.now()): boolean {
  const payload = JWT_SHAPE.exec(secret)?.[1];
  if (payload === undefined) return false;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const exp = typeof claims === 'object' && claims !== null ? (claims as { exp?: unknown }).exp : undefined;
    const seconds = typeof exp === 'string' && /^\d{1,12}$/.test(exp) ? Number(exp) : exp;
    return typeof seconds === 'number' && Number.isFinite(seconds) && seconds * 1000 < now;
  } catch {
    return false;
  }
}
