// Extra filters for format-agnostic rules: a secret-like name is weak evidence, so values
// that are recognisably something else (ids, digests, paths, URLs, words) are dropped.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]+$/i;
const HASH_LENGTHS = new Set([32, 40, 56, 64, 96, 128]); // md5, sha1, sha224, sha256, sha384, sha512
/** Subresource-integrity / npm-lock style digests: algorithm, dash, base64. */
const INTEGRITY = /^(?:sha(?:1|256|384|512)|md5)[-:][A-Za-z0-9+/]+={0,2}$/i;
/** Names that say the value is a digest or identifier even when they also say "token"/"secret". */
const DIGEST_CONTEXT = /hash|sha\d*|md5|digest|checksum|integrity|etag|commit|revision|fingerprint|uuid|guid/i;
/** Names that say the value is a secret even when it is shaped like an id. */
const STRONG_SECRET_CONTEXT = /passw|passphrase|pwd|secret|api[_.-]?key|private|signing|encryption|master/i;
/** Absolute, relative or home paths (with an optional query), Windows drive and UNC paths. */
const PATH = /^(?:~|\.{1,2})?\/(?:[\w.@-]+\/)*[\w.@-]+\/?(?:\?[\w.=&%/-]*)?$|^[A-Za-z]:\\|^\\\\/;
const URL_WITHOUT_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/(?![^/@\s]*@)/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const NUMBER_OR_VERSION = /^v?[\d.,:_-]+$/i;
/** A value that names the thing instead of being it: `[type=password]`, `my-secret-token`. */
const SELF_DESCRIBING = /passw(?:or)?d|secret|token|api[_-]?key|credential/i;
/** Regex source (a character class with a quantifier, an escape class): a token's format, not a token. */
const REGEX_SOURCE = /\[[^\]]{1,40}\][{*+?]|\\[dws][{*+?]/;

/**
 * `context` is the whole match (name, operator and value). Returns true when the value is
 * recognisably not a secret.
 */
export function isGenericNoise(secret: string, context: string): boolean {
  if (INTEGRITY.test(secret) || PATH.test(secret) || URL_WITHOUT_CREDENTIALS.test(secret)) return true;
  if (EMAIL.test(secret) || NUMBER_OR_VERSION.test(secret) || SELF_DESCRIBING.test(secret) || REGEX_SOURCE.test(secret))
    return true;
  if (isWordLike(secret)) return true;
  const name = context.replace(secret, '');
  if (UUID.test(secret)) return !STRONG_SECRET_CONTEXT.test(name);
  if (HEX.test(secret) && HASH_LENGTHS.has(secret.length)) return DIGEST_CONTEXT.test(name);
  return false;
}

/**
 * Identifiers, constants, property paths and prose: words joined by separators, each cased
 * like a word (lower, UPPER, Capitalised, camelCase; a short trailing number allowed) rather
 * than like random text, plus plain numbers (`result-6271`, `build_2024`). `config.apiKeyV2`
 * and `SECRET_KEY` are words; a JWT is not.
 */
function isWordLike(value: string): boolean {
  // Trailing sentence punctuation and optional chaining (`options?.name`) do not make a word random.
  const words = value.replace(/[.!?,:;]+$/, '').replace(/\?\./g, '.');
  if (!/^[A-Za-z_$][\w$]*(?:[ ._/:-](?:[A-Za-z_$][\w$]*|\d{1,8}))*$/.test(words)) return false;
  return words.split(/[ ._/:$-]/).every((word) => {
    if (/^\d*$/.test(word)) return true;
    const letters = word.replace(/\d{1,3}$/, '');
    if (/\d/.test(letters)) return false;
    const upper = letters.replace(/[^A-Z]/g, '').length;
    return upper === letters.length || upper * 10 <= letters.length * 3;
  });
}
