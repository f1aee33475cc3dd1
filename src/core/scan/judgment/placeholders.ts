// Values that stand in for a secret rather than being one: template variables, masked or
// elided values, sample words and stand-in passwords. These are certain: the finding is
// dropped. How regular (typed rather than generated) a value is, is weaker evidence and
// is measured separately (regularity), because real keys may contain a short run.

const TEMPLATE =
  /<[A-Za-z][\w\s.:,'/=-]{0,98}>|\$\{[^}\n]{0,100}\}|\{\{[^}\n]{0,100}\}\}|%\{[^}\n]{0,100}\}|#\{[^}\n]{0,100}\}|\*{3,}|#{4,}|\.{3}|\u2026|\[redacted\]|%\([^)\n]{1,100}\)[sd]|^%[sdv]$|^\{\w*\}$|^\[[\w .:-]{1,40}\]$/i;
/**
 * Words seen only in placeholders, and values that name the thing they stand for
 * (`mypass`, `my-secret-token`). Checked on short values: a long random body may contain them by chance.
 */
const SAMPLE_WORDS =
  /example|sample|placeholder|place_holder|change[_-]?me|dummy|redacted|replace[_-]?me|insert[_-]?(?:your|key|here)|not[_-]?a[_-]?real|(?:^|[^a-z0-9])your|here$|^(?:my|some)[_-]?(?:pass|pwd|secret|token|key|api[_-]?key)/i;
const WORD_CHECK_MAX_LENGTH = 256;
/** Exact values used as stand-in passwords in connection strings and configs. */
const STAND_IN_VALUES = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'changeme',
  'changeit',
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
  'nil',
  'undefined',
  'true',
  'false',
  'empty',
  'required',
  'optional',
  'string',
]);
/** Length of the longest run of one character (at least 6 to count). */
function longestRepeat(secret: string): number {
  let longest = 0;
  for (let i = 0, run = 1; i < secret.length; i++) {
    run = i > 0 && secret[i] === secret[i - 1] ? run + 1 : 1;
    if (run > longest) longest = run;
  }
  return longest >= 6 ? longest : 0;
}

/** Base64 of plain words (`dGhpcyBpcyBub3QgYSByZWFsIHZhbHVl` is "this is not a real value"). */
function isEncodedProse(secret: string): boolean {
  if (secret.length < 16 || secret.length > 512 || !/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return false;
  const text = Buffer.from(secret, 'base64').toString('latin1');
  return /^[A-Za-z ,.'!?-]+$/.test(text) && / [a-z]+ /i.test(text);
}

/** Runs of at least this many keyboard-typed characters (1234, abcd, aaaa) count as regular. */
const RUN = 4;

export function isPlaceholder(secret: string): boolean {
  if (STAND_IN_VALUES.has(secret.toLowerCase())) return true;
  if (TEMPLATE.test(secret)) return true;
  if (secret.length <= WORD_CHECK_MAX_LENGTH && (SAMPLE_WORDS.test(secret) || /x{4}/i.test(secret))) return true;
  // In a long value only distinctive words count: a random body never spells EXAMPLE by chance.
  if (/x{6}|EXAMPLE|[Ee]xample|placeholder|REDACTED/.test(secret)) return true;
  if (isEncodedProse(secret)) return true;
  // Few distinct characters (`aaaa-aaaa`, `0000000000`) is filler whatever its length, and so is
  // one character repeated over a quarter of the value (base64 of binary data has short runs of A).
  return (secret.length >= 8 && new Set(secret).size <= 3) || longestRepeat(secret) * 4 >= secret.length;
}

/**
 * Share of the value made of ascending, descending or repeated runs (1234, dcba, 0000): 0 for
 * generated keys, near 1 for `12345678-ABCD-ABCD-ABCD-1234567890AB`. A key that merely ends in
 * 123456 stays low, and so does base64 of binary data with its runs of `A`.
 */
export function regularity(secret: string): number {
  if (secret.length === 0) return 0;
  let inRuns = 0;
  let runStart = 0;
  let step = 0;
  for (let i = 1; i <= secret.length; i++) {
    const next = i < secret.length ? secret.charCodeAt(i) - secret.charCodeAt(i - 1) : NaN;
    const continues =
      i < secret.length &&
      isAlnum(secret.charCodeAt(i)) &&
      Math.abs(next) <= 1 &&
      (i - runStart === 1 || next === step);
    if (continues) {
      step = next;
      continue;
    }
    if (i - runStart >= RUN) inRuns += i - runStart;
    runStart = i;
  }
  return inRuns / secret.length;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
