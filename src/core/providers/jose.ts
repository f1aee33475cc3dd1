// A JSON Web Token (RFC 7519, compact JWS) starts with a base64url JOSE header such as
// `{"alg":"RS256"}`. A value whose first part decodes to one is a real token, not a look-alike
// made of `eyJ` and random characters: the JWT rules and the token formats that embed a JWT
// (GitHub's stateless installation tokens) use this as their structural check.

/** Whether the part of `jwt` before its first dot decodes to a JSON object with an `alg`. */
export function hasJoseHeader(jwt: string): boolean {
  const dot = jwt.indexOf('.');
  if (dot <= 0) return false;
  try {
    const header: unknown = JSON.parse(Buffer.from(jwt.slice(0, dot), 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && typeof (header as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

/** Whether `value` is standard base64 of a whole compact JWT with a JOSE header. */
export function isBase64Jwt(value: string): boolean {
  const decoded = Buffer.from(value, 'base64').toString('utf8').trim();
  return /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]*$/.test(decoded) && hasJoseHeader(decoded);
}
