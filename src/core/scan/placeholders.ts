// Values that stand in for a secret rather than being one: template variables, masked or
// elided values, sample words, and strings too regular to be random.

const TEMPLATE =
  /<[^<>\n]{1,100}>|\$\{[^}\n]{0,100}\}|\{\{[^}\n]{0,100}\}\}|%\{[^}\n]{0,100}\}|#\{[^}\n]{0,100}\}|\*{3,}|\.{3}|\u2026|\[redacted\]|%\([^)\n]{1,100}\)[sd]|^%[sdv]$|^\{\w*\}$/i;
/** Words seen only in placeholders. Checked on short values: a long random body may contain them by chance. */
const SAMPLE_WORDS =
  /example|sample|placeholder|change[_-]?me|dummy|redacted|replace[_-]?me|insert[_-]?(?:your|key|here)|not[_-]?a[_-]?real|(?:^|[^a-z0-9])your|here$/i;
const WORD_CHECK_MAX_LENGTH = 256;
/** Exact values used as stand-in passwords in connection strings and configs. */
const STAND_IN_VALUES = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'changeme',
  'admin',
  'root',
  'test',
  'user',
  'username',
  'guest',
  'postgres',
  'mysql',
  'redis',
  'mongo',
  'token',
  'apikey',
  'api_key',
  'null',
  'none',
  'undefined',
  'true',
  'false',
  'empty',
  'required',
  'optional',
  'string',
]);
/** Sequences typed on a keyboard rather than generated. */
const SEQUENCE_RUN = 6;
const REPEAT_RUN = 6;

export function isPlaceholder(secret: string): boolean {
  if (STAND_IN_VALUES.has(secret.toLowerCase())) return true;
  if (TEMPLATE.test(secret)) return true;
  if (secret.length <= WORD_CHECK_MAX_LENGTH && (SAMPLE_WORDS.test(secret) || /x{4}/i.test(secret))) return true;
  if (/x{6}/i.test(secret)) return true;
  return isTooRegular(secret);
}

/** Few distinct characters, a long run of one character, or an ascending/descending run. */
function isTooRegular(secret: string): boolean {
  if (secret.length >= 8 && new Set(secret).size <= 3) return true;
  let repeat = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < secret.length; i++) {
    const step = secret.charCodeAt(i) - secret.charCodeAt(i - 1);
    repeat = step === 0 ? repeat + 1 : 1;
    up = step === 1 && isAlnum(secret.charCodeAt(i)) ? up + 1 : 1;
    down = step === -1 && isAlnum(secret.charCodeAt(i)) ? down + 1 : 1;
    if (up >= SEQUENCE_RUN || down >= SEQUENCE_RUN) return true;
    // A run of one character is a placeholder only when it dominates: base64 of binary
    // data (SSH keys, DER) legitimately contains runs of `A`.
    if (repeat >= REPEAT_RUN && repeat * 4 >= secret.length) return true;
  }
  return false;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
