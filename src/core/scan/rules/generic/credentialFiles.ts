// Credentials in the files tools read them from: ~/.netrc (`machine h login u password p`),
// ~/.git-credentials (`https://user:token@host`, covered by basic-auth-url), .npmrc
// (`_auth`, `_authToken`, `_password`), .pypirc (`password =`), Docker's config.json `auths`
// (`"auth": base64(user:password)`), and a bare password under an explicit password key in
// a configuration file (`DB_PASSWORD=swordfish`), the most common real leak there is.
import type { Rule } from '../../types';
import { OUTSIDE_QUOTING_SOURCE } from './codeLanguages';

const DOCS =
  'A credentials file holds a password or token. Rotate it, keep the file out of the repository (.gitignore), and let the tool read it from your home directory or a secret store.';
const NOT_A_VALUE = String.raw`(?![$<%]|\{\{)`;
/**
 * A typed password: printable ASCII without spaces, quotes, comment starts or brackets.
 * Translation catalogues hold words in every script under password keys; passwords in
 * configuration files are ASCII.
 */
const PASSWORD_CHAR = String.raw`[!$-&(-:<-Z\\^-z|~]`;

function fileRule(rule: Omit<Rule, 'provider' | 'category' | 'severity' | 'generic' | 'basis' | 'docs'>): Rule {
  return {
    ...rule,
    provider: 'generic',
    category: 'secret',
    severity: 'error',
    generic: true,
    basis: 'context',
    docs: DOCS,
  };
}

export const credentialFileRules: Rule[] = [
  fileRule({
    id: 'netrc-password',
    passwordValues: true,
    description: 'Password in a .netrc entry',
    keywords: ['machine'],
    alsoKeywords: ['password'],
    // One-line and multi-line entries: machine HOST [login USER] password PASS.
    pattern: new RegExp(
      String.raw`\bmachine\s{1,20}[\w.-]{1,253}(?:\s{1,20}(?:login|account|port)\s{1,20}\S{1,256}){0,3}\s{1,20}password\s{1,20}${NOT_A_VALUE}(\S{3,256})`,
    ),
    secretGroup: 1,
    multiline: true,
  }),
  fileRule({
    id: 'npmrc-auth',
    description: 'Registry credential in an .npmrc',
    keywords: ['_auth', '_password'],
    // //registry.example.com/:_authToken=..., _auth=base64(user:pass), _password=base64(pass)
    pattern: new RegExp(
      String.raw`^[ \t]{0,8}(?://[^\s=]{1,300}:)?(?:_authToken|_auth|_password)[ \t]{0,4}=[ \t]{0,4}["']?${NOT_A_VALUE}([A-Za-z0-9+/=._~-]{8,1024})["']?[ \t]{0,4}\r?$`,
      'm',
    ),
    secretGroup: 1,
  }),
  fileRule({
    id: 'pypirc-password',
    passwordValues: true,
    description: 'Password in a .pypirc',
    keywords: ['repository', 'pypi'],
    alsoKeywords: ['password'],
    pattern: new RegExp(
      String.raw`\[(?:pypi|testpypi|[\w.-]{1,60})\][^\[]{0,400}?^[ \t]{0,8}password[ \t]{0,4}[=:][ \t]{0,4}${NOT_A_VALUE}(\S{4,512})[ \t]{0,4}\r?$`,
      'm',
    ),
    secretGroup: 1,
    multiline: true,
  }),
  fileRule({
    id: 'docker-config-auth',
    description: 'Registry credential in a Docker config auths entry',
    keywords: ['"auth"'],
    // "auth": "base64(user:password)", as docker login writes it into ~/.docker/config.json.
    pattern: /"auth"\s{0,4}:\s{0,4}"([A-Za-z0-9+/]{8,1024}={0,2})"/,
    secretGroup: 1,
    validate: (value) => /^[^:\s]{1,256}:.{1,}$/.test(Buffer.from(value, 'base64').toString('utf8')),
  }),
  fileRule({
    id: 'config-password',
    passwordValues: true,
    description: 'Password in a configuration file',
    keywords: ['pass', 'pwd'],
    // KEY=value, key: value, key = value, - KEY=value (a YAML list: docker-compose environment),
    // "key": "value", (JSON, whose separator comma is not part of the value: `"pwd": false,` is
    // a boolean) with a password-named key; values may be words.
    pattern: new RegExp(
      String.raw`^[ \t]{0,40}(?:(?:export|-)[ \t]{1,4})?["']?([\w.-]{0,60}(?:passw(?:or)?d|passphrase|(?<![a-z])pass(?![a-z])|pwd)(?![\w.-]{0,30}(?:file|path|hash|policy|length|min|max|reset|expir|salt|url|_command|cmd)))["']?[ \t]{0,4}[=:][ \t]{0,4}(["']?)${NOT_A_VALUE}(${PASSWORD_CHAR}{4,128}?)\2,?[ \t]{0,4}\r?$`,
      'im',
    ),
    secretGroup: 3,
    fileRoles: ['config'],
    // settings.py and wp-config.php are configuration written in code: `PASSWORD = db_password` is a variable there.
    fileName: OUTSIDE_QUOTING_SOURCE,
  }),
];
