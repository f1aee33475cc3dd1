// Founding doc §6 "Never send decrypted keys to client" (its example returns an object whose
// apiKey property is the decrypted key). Flags a decrypted/plaintext value placed directly in
// a returned object or an HTTP response body; a value wrapped in a masking call is the safe
// form and is not flagged (the rule never crosses a call's parentheses).
import type { Rule } from '../../types';

const RESPONSE =
  '(?:return\\s{0,4}\\(?\\s{0,4}\\{|' +
  '(?:res|response|reply|ctx|c)\\.(?:status\\(\\d{3}\\)\\.)?(?:json|jsonp|send)\\s{0,4}\\(\\s{0,4}\\{?|' +
  '(?:Response|NextResponse|HttpResponse)\\.json\\s{0,4}\\(\\s{0,4}\\{?|' +
  '(?:jsonify|JsonResponse)\\s{0,4}\\(\\s{0,4}\\{?|' +
  '(?:ctx|this)\\.body\\s{0,4}=\\s{0,4}\\{?)';
/** Properties before ours (`id: row.id, name,`), never crossing a call's parentheses. */
const EARLIER_PROPERTIES = '(?:[^;{}()]{0,300}?[:,])?\\s{0,40}';
/**
 * A decrypted credential, not any decrypted data: decryptedKey, plaintextSecret, rawApiKey,
 * a bare `decrypted`/`plaintext`, or the result of a decrypt(...) call.
 */
const DECRYPTED =
  '(?:[\\w$]{0,40}?(?:decrypt|plain_?text|raw|unmasked|clear_?text)[\\w$]{0,40}?(?:key|secret|token|passw(?:or)?d|credential)s?' +
  '|decrypted|plaintext|[\\w$]{0,20}decrypt[\\w$]{0,20}(?=\\s{0,4}\\())';

export const decryptedResponseRules: Rule[] = [
  {
    id: 'insecure-decrypted-key-response',
    description: 'Decrypted key returned in a response',
    provider: 'insecure',
    category: 'insecure-pattern',
    keywords: ['decrypt', 'plaintext', 'plain_text', 'rawkey', 'raw_key', 'unmasked', 'cleartext', 'clear_text'],
    // `(?!\s*:)` keeps `{ decrypted: true }` (a key, not a value) out.
    pattern: new RegExp(
      `(?<![\\w$.])${RESPONSE}${EARLIER_PROPERTIES}(?:await\\s{1,4})?(?:[\\w$]{1,40}\\.){0,3}(${DECRYPTED})(?![\\w$])(?!\\s{0,4}:)`,
      'i',
    ),
    secretGroup: 1,
    severity: 'warning',
    // The response starts up to ~600 characters before the keyword (`return {`, earlier
    // properties, `await obj.`); the match ends within the keyword's own line, which a window
    // always holds. The default 64 KiB after every `decrypt` in a crypto library was 4% of a scan.
    multiline: { before: 1024, after: 256 },
    docs: 'Plaintext keys must stay on the server. Return a masked form (prefix and last four characters) and use the key server-side.',
  },
];
