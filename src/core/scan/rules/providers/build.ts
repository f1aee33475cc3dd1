import type { TokenFormat } from '../../../providers/formats/types';
import type { Rule, Severity } from '../../types';

// Provider rules are data. These helpers turn a token format into a `Rule` with the shared
// boundaries and assignment syntax, so every provider module stays a short table.

/**
 * A token never starts in the middle of a word or right after a `-` (which would make
 * `glrt-glrt-...` a fresh start every five characters and the scan quadratic).
 */
const START = '(?<![A-Za-z0-9_-])';
/** ...and never continues into more token-like characters (otherwise it is a longer blob). */
const END = '(?![A-Za-z0-9_+/=-])';
/** Rest of an identifier after the context word: `twilio` + `_AUTH_TOKEN`. */
const NAME_TAIL = String.raw`[\w.-]{0,30}?`;
/** `=`, `:`, `=>`, `:=`, `,` (call arguments) or `>` (XML), with optional quotes and spaces. */
const ASSIGN = String.raw`['"\]]{0,2}\s{0,3}(?:=>|:{1,3}=|\?=|\|\|=|[:=,>])\s{0,5}['"\x60]?`;
/** Words that make an identifier name a credential rather than an id, region or URL. */
const SECRET_WORDS = ['key', 'token', 'secret', 'password', 'passwd', 'pwd', 'pat', 'auth', 'credential', 'sig'];
const SECRET_WORD = new RegExp(SECRET_WORDS.join('|'), 'i');
/** A bare provider name (`heroku`) must be followed by a secret word (`_API_KEY`), not `_APP_ID`. */
const SECRET_TAIL = String.raw`[\w.-]{0,20}?(?:${SECRET_WORDS.map((w) => caseless(w)).join('|')})[\w.-]{0,12}?`;

export interface RuleSpec {
  id: string;
  description: string;
  provider: string;
  /** Regex source of the token (no capture groups, linear-time safe). */
  body: string;
  /** Required for self-identifying tokens; derived from `context` when absent. */
  keywords?: string[];
  /** Case-insensitive names one of which must precede the value; see TokenFormat.context. */
  context?: string[];
  /** Where the user revokes or rotates it; completes the rule's docs text. */
  revoke: string;
  severity?: Severity;
  minEntropy?: number;
  validate?: (secret: string) => boolean;
  /** Regex source that must directly precede the token and is not part of it (needs `keywords`). */
  lead?: string;
  /** Override the trailing boundary (e.g. a URL that may be followed by `/`). */
  end?: string;
  /** Context words are whole credential names (`BUNDLE_GEMS__CONTRIBSYS__COM`): no secret word needs to follow. */
  exactContext?: boolean;
  /** The keyword may sit on another line than the match (e.g. an import of the provider's SDK). */
  multiline?: boolean;
}

export function providerRule(spec: RuleSpec): Rule {
  const end = spec.end ?? END;
  const lead = spec.context ? contextLead(spec.context, spec.exactContext) : spec.lead;
  const contextual = lead !== undefined;
  const pattern = contextual ? new RegExp(`${lead}(${spec.body})${end}`) : new RegExp(`${START}(?:${spec.body})${end}`);
  const rule: Rule = {
    id: spec.id,
    description: spec.description,
    provider: spec.provider,
    category: 'secret',
    keywords: [...new Set(spec.keywords ?? (spec.context ?? []).flatMap(contextKeywords))],
    pattern,
    // Context rules: the value only. Self-identifying tokens: the whole match is the token.
    ...(contextual ? { secretGroup: 1 } : {}),
    minEntropy: spec.minEntropy ?? (contextual ? 3 : 2.5),
    severity: spec.severity ?? 'error',
    docs: `${spec.description} in plain text. Revoke it (${spec.revoke}) and keep the replacement in the Keyward vault, not in the file.`,
  };
  if (spec.validate) rule.validate = spec.validate;
  if (spec.multiline) rule.multiline = true;
  return rule;
}

/** A rule from a shared provider format (the same format `validateApiKey` anchors). */
export function formatRule(
  format: TokenFormat,
  provider: string,
  revoke: string,
  extra: Partial<Pick<RuleSpec, 'severity' | 'minEntropy' | 'end'>> = {},
): Rule {
  return providerRule({
    id: format.id,
    description: format.description,
    provider,
    body: format.body,
    // A context format's keywords, when it lists some, replace the ones derived from its names.
    keywords: format.keywords,
    context: format.context,
    revoke,
    validate: format.check,
    ...extra,
  });
}

/** Context names, each followed by the rest of the identifier and an assignment. */
function contextLead(words: string[], exact = false): string {
  const strong = words.filter((w) => exact || SECRET_WORD.test(w)).map(caseless);
  const weak = words.filter((w) => !exact && !SECRET_WORD.test(w)).map(caseless);
  const names = [
    ...(strong.length ? [`(?:${strong.join('|')})${NAME_TAIL}`] : []),
    ...(weak.length ? [`(?:${weak.join('|')})${SECRET_TAIL}`] : []),
  ];
  return `(?:${names.join('|')})${ASSIGN}`;
}

/**
 * `secret_key` -> a case-insensitive source that also accepts `secret-key`, `secret.key`,
 * `secretKey` and `SECRET_KEY`; without the `i` flag so the value keeps its exact alphabet.
 */
function caseless(word: string): string {
  return word
    .split('_')
    .map((part) =>
      [...part]
        .map((ch) =>
          /[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch.replace(/[.+*?^$()[\]{}|\\-]/g, '\\$&'),
        )
        .join(''),
    )
    .join('[_.-]?');
}

const SEPARATORS = ['', '_', '.', '-'];

/**
 * Keywords for a name whose first part is too common to stand alone (`segment`, `polygon`):
 * the first part joined to each second part with every separator `caseless` accepts.
 */
export function nameKeywords(first: string, seconds: readonly string[]): string[] {
  return seconds.flatMap((second) => SEPARATORS.map((sep) => first + sep + second));
}
/** First parts too common in code to stand alone as a keyword (`localStorage`, `os.system`, github.com URLs). */
const COMMON_FIRST_PARTS = new Set([
  'secret',
  'storage',
  'system',
  'message',
  'client',
  'access',
  'private',
  'vault',
  'github',
]);

/**
 * Prefilter literals for a context word: a distinctive first part alone (`datadog_api` ->
 * `datadog`), otherwise the first two parts with every separator `caseless` accepts
 * (`pd_api_key` -> `pdapi`, `pd_api`, `pd.api`, `pd-api`). Every part must appear in matching
 * text; a generic part alone (`api`, `client`) is on thousands of lines, and each extra
 * part multiplies the variants (automaton states, built at every start-up).
 */
function contextKeywords(word: string): string[] {
  const [first = '', second] = word.toLowerCase().split('_');
  if (second === undefined || (first.length >= 5 && !COMMON_FIRST_PARTS.has(first))) return [first];
  return nameKeywords(first, [second]);
}
