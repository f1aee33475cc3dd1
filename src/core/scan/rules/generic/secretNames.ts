// Regex sources for names that announce a secret, shared by the generic assignment rules
// and the insecure-pattern rules. All quantifiers are bounded so that no input can make a
// pattern backtrack more than a constant amount per start position (see redos.test.ts).

/**
 * Words that make a name secret-like: api_key, client_secret, DB_PASSWORD, authToken...
 * `auth` alone counts, but not as the start of author, authority or authentic(ation|ated);
 * `pass` only as a whole name segment (DB_PASS, smtp.pass), not in bypass or passenger.
 */
export const SECRET_WORD =
  '(?:api[_.-]?key|secret|token|passw(?:or)?d|passphrase|(?<![a-z])pass(?![a-z])|pwd|auth(?!entic|or(?!iz)|ority)|credentials?|' +
  '(?:access|private|signing|encryption|master|session)[_.-]?key)';

/**
 * Name endings that describe something about a secret rather than holding it:
 * TOKEN_URL, secret_name, api_key_header, password_min_length, client_secret_id...
 */
const METADATA_SUFFIX =
  '(?<!id|ids|url|uri|urls|path|file|dir|name|names|type|types|len|length|count|size|header|field|prefix|' +
  'suffix|version|hash|ttl|expiry|expires|expiration|timeout|format|policy|endpoint|host|port|enabled|' +
  'limit|mode|label|regex|pattern|lifetime|env|var|ref|method|location|provider|service|table|column|param|' +
  'placeholder|required|secure|issuer|audience|scope|scopes|usage|storage|cache|seconds|secs|ms|minutes|offset|' +
  'interval|error|errors|exception|fault|scheme|status|state|callback|handler|listener|event|request|options|message|msg|' +
  'text|description|hint|title|exists|valid|kind|stage|step|phase|level|strategy|algorithm|alg)';

/** A whole identifier or config key (dots and dashes allowed) that contains a secret word. */
export const SECRET_NAME = `[\\w.-]{0,60}?${SECRET_WORD}[\\w.-]{0,60}(?![\\w.-])${METADATA_SUFFIX}`;

/** What follows the secret word in a name, for patterns that check something right after the word. */
export const SECRET_NAME_TAIL = `[\\w.-]{0,60}(?![\\w.-])${METADATA_SUFFIX}`;

/**
 * The tail of such a name, from the secret word on. For unanchored searches: the regex engine
 * then only tries positions where a secret word begins (a leading lookbehind over the name's
 * head would run at every position and cost ~8x more). Any head is acceptable anyway.
 */
export const SECRET_NAME_FROM_WORD = `${SECRET_WORD}${SECRET_NAME_TAIL}`;

/** A code identifier (no dots or dashes) that contains a secret word. */
export const SECRET_IDENTIFIER = `[\\w$]{0,40}?${SECRET_WORD}[\\w$]{0,40}(?![\\w$])${METADATA_SUFFIX}`;

/** Keywords for the prefilter: any of these must occur for the rules above to run. */
export const SECRET_WORD_KEYWORDS = [
  'apikey',
  'api_key',
  'api-key',
  'api.key',
  'secret',
  'token',
  'pass',
  'pwd',
  'auth',
  'credential',
  'access_key',
  'accesskey',
  'access-key',
  'access.key',
  'private_key',
  'privatekey',
  'private-key',
  'private.key',
  'signing_key',
  'signingkey',
  'signing-key',
  'encryption_key',
  'encryptionkey',
  'encryption-key',
  'master_key',
  'masterkey',
  'master-key',
  'session_key',
  'sessionkey',
  'session-key',
];
