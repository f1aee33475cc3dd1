// Password hashes in crypt(3) formats: not the password, but crackable offline (bcrypt slowly,
// md5-crypt in minutes), so a committed hash of a real account is reported in its own
// category at a lower severity. Formats: https://passlib.readthedocs.io (modular crypt format).
import type { Rule } from '../../types';

const DOCS =
  'A password hash is committed. It can be cracked offline: change the password it protects, and keep account databases and htpasswd files out of the repository.';

function hashRule(id: string, description: string, keywords: string[], pattern: RegExp): Rule {
  return {
    id,
    description,
    provider: 'password-hash',
    category: 'credential-hash',
    keywords,
    pattern,
    minEntropy: 3,
    severity: 'warning',
    generic: true,
    basis: 'format',
    docs: DOCS,
  };
}

const SALT = '[./A-Za-z0-9]';
export const credentialHashRules: Rule[] = [
  hashRule(
    'bcrypt-hash',
    'bcrypt password hash',
    ['$2a$', '$2b$', '$2x$', '$2y$'],
    new RegExp(`\\$2[abxy]\\$\\d{2}\\$${SALT}{53}(?!${SALT})`),
  ),
  hashRule(
    'sha-crypt-hash',
    'SHA-crypt password hash ($5$, $6$)',
    ['$5$', '$6$'],
    new RegExp(`\\$[56]\\$(?:rounds=\\d{1,9}\\$)?${SALT}{1,16}\\$(?:${SALT}{86}|${SALT}{43})(?!${SALT})`),
  ),
  hashRule(
    'md5-crypt-hash',
    'MD5-crypt password hash ($1$, $apr1$)',
    ['$1$', '$apr1$'],
    new RegExp(`\\$(?:1|apr1)\\$${SALT}{1,8}\\$${SALT}{22}(?!${SALT})`),
  ),
  hashRule(
    'argon2-hash',
    'Argon2 password hash',
    ['$argon2'],
    /\$argon2(?:id|i|d)\$v=\d{1,3}\$m=\d{1,10},t=\d{1,4},p=\d{1,3}\$[A-Za-z0-9+/]{11,64}\$[A-Za-z0-9+/]{16,128}/,
  ),
  hashRule(
    'yescrypt-hash',
    'yescrypt password hash',
    ['$y$'],
    new RegExp(`\\$y\\$${SALT}{1,10}\\$${SALT}{1,86}\\$${SALT}{43}(?!${SALT})`),
  ),
];
