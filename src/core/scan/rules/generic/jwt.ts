// JSON Web Tokens (RFC 7519, compact JWS form): base64url header `{"alg":...}`, payload and a
// signature. A token that does not decode to a JOSE header is kept at info severity.
import type { Rule } from '../../types';

function hasJoseHeader(token: string): boolean {
  try {
    const header: unknown = JSON.parse(Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && typeof (header as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

export const jwtRules: Rule[] = [
  {
    id: 'jwt',
    description: 'JSON Web Token',
    provider: 'jwt',
    category: 'secret',
    keywords: ['eyj'],
    // `eyJ` is base64 for `{"`. The lookbehind pins each start to a token boundary, so a
    // long run of base64 is scanned once, not once per position.
    pattern: /(?<![\w-])eyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{2,16384}\.[A-Za-z0-9_-]{16,1024}(?![\w-])/,
    minEntropy: 4,
    validate: hasJoseHeader,
    severity: 'error',
    generic: true,
    basis: 'format',
    docs: 'A signed token is committed. It grants access until it expires: revoke the session or rotate the signing key, and pass tokens at runtime instead.',
  },
];
