// Private keys in PEM armour (PKCS#1, SEC1, PKCS#8, encrypted PKCS#8), OpenSSH's own format,
// and OpenPGP secret-key blocks. The whole BEGIN..END block is one finding; the body is the
// secret (masked and fingerprinted). Also matches JSON-escaped blocks (`\n`), as found in
// service-account files. https://www.rfc-editor.org/rfc/rfc7468
import type { Rule } from '../../types';

/** Line breaks, literal or JSON-escaped. Bounded: the gap between armour lines is short. */
const BREAK = '(?:\\s|\\\\[rn])';
/** RFC 1421 / RFC 4880 armour headers (Proc-Type, DEK-Info, Version, Comment...). */
const HEADERS = `(?:[A-Za-z][\\w-]{0,30}:[^\\n\\\\]{0,200}${BREAK}{1,4}){0,8}`;
/**
 * Base64 body: no `-` is allowed, so a body never runs past the next armour line and each
 * BEGIN costs at most the distance to the next `-----` (linear in total, see redos.test.ts).
 * It ends on a base64 character that is not the `n` of an escaped `\n`.
 */
const BODY = `([A-Za-z0-9+/=\\s\\\\]{0,65536}(?<!\\\\)[A-Za-z0-9+/=])`;

function armouredKeyRule(id: string, description: string, label: string, keywords: string[]): Rule {
  return {
    id,
    description,
    provider: 'private-key',
    category: 'secret',
    keywords,
    pattern: new RegExp(`-----BEGIN (${label})-----${BREAK}{0,8}${HEADERS}${BODY}${BREAK}{0,16}-----END \\1-----`),
    secretGroup: 2,
    minEntropy: 4,
    severity: 'error',
    generic: true,
    basis: 'format',
    multiline: true,
    spanWholeMatch: true,
    docs: 'A private key is committed in plain text. Revoke it (replace the key pair), remove it from history, and load it from a secret store or a file outside the repository.',
  };
}

export const privateKeyRules: Rule[] = [
  armouredKeyRule('private-key-pem', 'PEM private key', '(?:RSA |EC |DSA |ENCRYPTED |)PRIVATE KEY', [
    'private key-----',
  ]),
  armouredKeyRule('private-key-openssh', 'OpenSSH private key', 'OPENSSH PRIVATE KEY', ['openssh private key']),
  armouredKeyRule('private-key-pgp', 'PGP private key block', 'PGP PRIVATE KEY BLOCK', ['pgp private key block']),
];
