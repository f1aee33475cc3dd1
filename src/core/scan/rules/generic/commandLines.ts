// Credentials typed on a command line, as found in scripts, CI files, READMEs and shell
// history: curl -u user:password and -H "Authorization: ...", wget --password, mysql -pSECRET,
// sshpass -p. A command's password flag is strong context; `$VAR`, `<password>` and stand-in
// values are not credentials. Commands may continue over backslash-newlines, hence multi-line.
import type { Rule } from '../../types';

const DOCS =
  'A command line carries a credential. Change it, and have the script read it from the environment or a credentials file (curl --netrc-file, MYSQL_PWD, a secret store).';
/** The rest of a command, including `\`-continued lines, up to the flag. */
const ARGS = String.raw`(?:[^\n\\]|\\[^\n]|\\\r?\n){0,600}?\s`;
/** A value that reads a secret instead of holding it, or a stand-in. */
const NOT_A_VALUE = String.raw`(?![$<%]|\{\{|(?:change(?:it|me)|pass(?:word)?|passwd|pwd|secret|test|token|x{3,}|\*+)['"]?(?:\s|$))`;

function commandRule(
  id: string,
  description: string,
  keywords: string[],
  pattern: RegExp,
  passwordValues = true,
): Rule {
  return {
    id,
    description,
    provider: 'generic',
    category: 'secret',
    keywords,
    pattern,
    secretGroup: 2,
    minEntropy: 2,
    severity: 'error',
    generic: true,
    basis: 'context',
    multiline: true,
    passwordValues,
    docs: DOCS,
  };
}

export const commandLineRules: Rule[] = [
  commandRule(
    'curl-user-password',
    'Password in a curl -u/--user option',
    ['curl'],
    // user:password (either part may be quoted), or an API key as the user with an empty password.
    new RegExp(
      String.raw`\bcurl\b${ARGS}(?:-u|--user)(?:=|[ \t]{1,5})(["']?)([^\s:'"]{0,100}:["']?${NOT_A_VALUE}[^\s'"]{3,100}["']?|[^\s:'"$<]{8,100}:)\1(?=\s|$)`,
    ),
  ),
  commandRule(
    'curl-auth-header',
    'Credential in a curl header',
    ['curl'],
    new RegExp(
      String.raw`\bcurl\b${ARGS}(?:-H|--header)(?:=|[ \t]{1,5})(["'])(?:(?:proxy-)?authorization:[ \t]{0,5}(?:(?:basic|bearer|token|api-token|apikey)[ \t]{1,5})?|(?:x-(?:[a-z]{1,20}-){0,2})?(?:api-?)?(?:key|token|apikey|secret):[ \t]{0,5})${NOT_A_VALUE}([\w=~@.+/-]{8,500})\1`,
      'i',
    ),
    false,
  ),
  commandRule(
    'wget-password',
    'Password in a wget option',
    ['wget'],
    new RegExp(
      String.raw`\bwget\b${ARGS}--(?:http-|ftp-|proxy-)?password(?:=|[ \t]{1,5})(["']?)${NOT_A_VALUE}([^\s'"]{3,200})\1(?=\s|$)`,
    ),
  ),
  commandRule(
    'mysql-password',
    'Password in a mysql/mysqldump -p option',
    ['mysql', 'mariadb'],
    // `-pSECRET` (no space: with a space, mysql prompts and the next word is the database).
    new RegExp(
      String.raw`\b(?:mysql|mysqldump|mysqladmin|mariadb)\b${ARGS}(?:-p|--password=)(["']?)${NOT_A_VALUE}([^\s'"]{3,200})\1(?=\s|$)`,
    ),
  ),
  commandRule(
    'sshpass-password',
    'Password in an sshpass -p option',
    ['sshpass'],
    new RegExp(String.raw`\bsshpass\b[ \t]{1,5}-p[ \t]{0,5}(["']?)${NOT_A_VALUE}([^\s'"]{3,200})\1(?=\s|$)`),
  ),
];
