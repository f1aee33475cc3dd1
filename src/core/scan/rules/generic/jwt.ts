// JSON Web Tokens (RFC 7519, compact JWS form): base64url header `{"alg":...}`, payload and a
// signature. A token that does not decode to a JOSE header is kept at info severity.
import { hasJoseHeader, isBase64Jwt } from '../../../providers/jose';
import type { Rule } from '../../types';

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
  {
    // A whole JWT wrapped in standard base64 (Kubernetes secrets, basic-auth style headers,
    // CI variables): `eyJ` encodes to `ZXlK`. Only a value that decodes to a JWT with a JOSE
    // header is reported, so base64 of other JSON is left alone.
    id: 'jwt-base64',
    description: 'JSON Web Token, base64-encoded',
    provider: 'jwt',
    category: 'secret',
    keywords: ['zxlk'],
    pattern: /(?<![A-Za-z0-9+/])ZXlK[A-Za-z0-9+/]{80,12000}={0,2}(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    validate: isBase64Jwt,
    severity: 'error',
    generic: true,
    basis: 'format',
    docs: 'A signed token is committed in base64. Decoded, it grants access until it expires: revoke the session or rotate the signing key, and pass tokens at runtime instead.',
  },
];
