// Tests for values found by format-agnostic rules: a secret-like name is weak evidence, so a
// value that is recognisably something else is dropped (ids, digests, paths, URLs, host
// names, identifiers and words, regex and template sources, expressions), and so is a name
// that says the value is public or an anti-forgery token. `looksRandom` is the positive side:
// the structure and character classes of a generated key.
import { shannonEntropy } from './entropy';
import { isWordLike } from './wordLike';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]+$/i;
const HASH_LENGTHS = new Set([32, 40, 56, 64, 96, 128]); // md5, sha1, sha224, sha256, sha384, sha512
/** Password hashes in the modular crypt format: the credential-hash rules report them as hashes. */
const CRYPT_HASH = /^\$(?:2[abxy]|1|apr1|5|6|y|gy|7|argon2(?:id|i|d))\$/;
/** Subresource-integrity / npm-lock style digests: algorithm, dash, base64. */
const INTEGRITY = /^(?:sha(?:1|256|384|512)|md5)[-:][A-Za-z0-9+/]+={0,2}$/i;
/** Names that say the value is a digest or identifier even when they also say "token"/"secret". */
const DIGEST_CONTEXT = /hash|sha\d*|md5|digest|checksum|integrity|etag|commit|revision|fingerprint|uuid|guid/i;
/** Names that say the value is a secret even when it is shaped like an id. */
const STRONG_SECRET_CONTEXT =
  /authoriz|bearer|passw|passphrase|pwd|secret|api[_.-]?(?:key|token)|auth[_.-]?token|access[_.-]?token|private|signing|encryption|master/i;
/**
 * Names whose value is public or not a credential: public/publishable keys and tokens,
 * anti-forgery tokens (CSRF, Rails authenticity_token), nonces, a key *vault*'s name, words
 * that only start like a secret word (master-keying, keyboard), and the tokens of paging and
 * idempotency (NextToken, ContinuationToken, page_token, IdempotencyToken): cursors an API
 * hands out, not credentials.
 */
const NOT_SECRET_NAME =
  /public|publishable|(?:^|[^a-z])pub[_.-]?key|csrf|xsrf|authenticity|nonce|key[_.-]?vault|keying|keyboard|(?:^|[^a-z])auth[_.-]?source|(?:next|continuation|page|pagination|paging|truncation|idempotency|resume|sync|cursor|marker)[_.-]?token/i;
/**
 * Names of interface text and actions about a password (`field_password`, `lost_password`,
 * `notice_account_wrong_password`, `changePassword`): translation catalogues and forms are
 * full of them, and their values are sentences or flags. A password *token* (reset_password_token)
 * is still a credential.
 */
const LABEL_NAME =
  /(?<![a-z])(?:field|label|button|btn|notice|message|msg|text|title|hint|prompt|placeholder|error|help|tooltip|caption|heading|description|lost|forgot|reset|change|wrong|invalid|confirm|generate|must|show|hide|toggle|strength|missing|bad|enter|remember|verify|retype|repeat)[_.-]?(?:[a-z]{1,12}[_.-]?){0,2}?(?:passw(?:or)?d|passphrase|pass|pwd)s?(?![_.-]?(?:token|key|secret|hash))(?![a-z])/i;
/** Absolute, relative or home paths (with an optional query), Windows drive and UNC paths. */
const PATH = /^(?:~|\.{1,2})?\/(?:[\w.@$-]+\/)*[\w.@$-]+\/?(?:\?[\w.=&%/-]*)?$|^[A-Za-z]:\\|^\\\\/;
const URL_WITHOUT_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/(?![^/@\s]*@)/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
/** Host names: lower-case labels with a final alphabetic label (sm02915.int.contoso.com). */
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,12}\.?$/;
const NUMBER_OR_VERSION = /^v?[\d.,:_-]+$/i;
/** A value that names the thing instead of being it: `[type=password]`, `my-secret-token`. */
const SELF_DESCRIBING = /passw(?:or)?d|secret|token|api[_-]?key|credential/i;
/** Regex source (a character class with a quantifier, an escape class or escaped punctuation). */
const REGEX_SOURCE = /\[[^\]]{1,40}\][{*+?]|\\[dwsbDWS][{*+?]?|\\[{}().[\]|^$]/;
/** Templated paths: `projects/*\/keys/{key}`, `{id}`, `:name`. */
const TEMPLATED = /\{[\w.-]{1,40}\}|\/\*\/|\/:[a-z]\w*/i;
/** Expressions and queries (JMESPath `Jobs[-1].JobId`, indexing, calls). */
const EXPRESSION = /\[-?\d*:?\d*\]|\[\?|\w\(\)?$|\w\([^)]*\)/;
/** `user:password@host` at the end of a match, for a host under a name RFC 2606 / RFC 6761 reserve. */
const RESERVED_HOST = /@(?:[\w-]+\.)*(?:example\.(?:com|net|org)|[\w-]+\.(?:example|test|invalid))$/i;

/**
 * `context` is the whole match (name, operator and value) with the line before it. Returns
 * true when the value is recognisably not a secret. `words`: whether a word-shaped value is
 * noise (after a secret-like name it is; after `curl -u user:` or in a .netrc it is a password).
 */
export function isGenericNoise(secret: string, context: string, words = true): boolean {
  if (INTEGRITY.test(secret) || CRYPT_HASH.test(secret)) return true;
  if (PATH.test(secret) || URL_WITHOUT_CREDENTIALS.test(secret)) return true;
  if (EMAIL.test(secret) || HOST_NAME.test(secret) || NUMBER_OR_VERSION.test(secret)) return true;
  if (SELF_DESCRIBING.test(secret) || REGEX_SOURCE.test(secret) || TEMPLATED.test(secret) || EXPRESSION.test(secret))
    return true;
  if (words && isWordLike(secret)) return true;
  const name = context.replace(secret, '');
  if (NOT_SECRET_NAME.test(name) || LABEL_NAME.test(name)) return true;
  if (UUID.test(secret)) return !STRONG_SECRET_CONTEXT.test(name);
  if (HEX.test(secret) && HASH_LENGTHS.has(secret.length)) return DIGEST_CONTEXT.test(name);
  return false;
}

/**
 * The shape of a generated key: long enough, dense in information for its alphabet, and
 * mixing character classes (a hex digest mixes digits and letters too; words do not).
 */
export function looksRandom(value: string): boolean {
  if (value.length < 12) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
  if (classes < 2) return false;
  const bitsPerChar = shannonEntropy(value);
  return HEX.test(value) ? bitsPerChar >= 3 : bitsPerChar >= 3.5;
}

/**
 * A URL credential (the match ends in `user:password@host`) for a host reserved for
 * documentation and tests (example.com/.net/.org, .example, .test, .invalid): it opens nothing
 * real. Only decisive where samples live; in config and source a real password may sit next to a
 * placeholder host.
 */
export function isReservedHostCredential(match: string): boolean {
  return RESERVED_HOST.test(match);
}
