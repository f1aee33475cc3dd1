// Founding doc §6 "Never log API keys" (its example logs a label and the apiKey variable).
// Flags a secret-named identifier passed as an argument (or interpolated) to console.*,
// print, or a logger. String literals are skipped whole, so a message that merely mentions
// "invalid token" is not a finding; strings with `{` (f-strings, format strings) are
// scanned, so an interpolated api_key is.
import type { Rule } from '../../types';
import { SECRET_IDENTIFIER, SECRET_WORD_KEYWORDS } from '../generic/secretNames';

const LOGGER =
  '(?:console\\.(?:log|info|warn|error|debug|trace)|print|println|printf|puts|' +
  '(?:logger|log|logging|fmt|System\\.out|System\\.err)\\.[A-Za-z]{1,20})';
/** Call opening: `(`, or for Ruby's paren-less `puts x` / `logger.info x`, spaces. */
const OPEN = '(?:\\s{0,4}\\(|(?<=puts|\\.(?:info|warn|error|debug|fatal))[ \\t]{1,4})';
/** One argument element: a plain character, a whole literal without `{`, or an interpolating quote. */
const ARG_ELEMENT = `(?:[^)'"\\n]|'[^'\\n{]{0,200}'|"[^"\\n{]{0,200}"|'(?=[^'\\n]{0,200}\\{)|"(?=[^"\\n]{0,200}\\{))`;
/**
 * Object path before the identifier: config.apiKey, process.env.API_KEY. Not a table of
 * names (EnvVarNames.CLIENT_SECRET, Headers.AUTHORIZATION): those hold names, not values.
 */
const PATH = '(?![\\w$]{0,40}(?:Names?|Headers?|Fields?|Keys|Types?|Enum)\\.)(?:[\\w$]{1,40}\\.){0,3}';

export const loggingRules: Rule[] = [
  {
    id: 'insecure-log-secret',
    description: 'Secret-named value passed to a log call',
    provider: 'insecure',
    category: 'insecure-pattern',
    keywords: ['console.', 'print', 'puts', 'log.', 'logger.', 'logging.', 'fmt.', 'system.out', 'system.err'],
    // Log calls are everywhere; only lines that also mention a secret word are worth the regex.
    alsoKeywords: SECRET_WORD_KEYWORDS,
    // The identifier follows the call's `(` or a separator (`,` `+` `:` `{`), and is followed by
    // a separator: `apiKey.length`, `token ? 'set' : 'unset'` and `mask(apiKey)` are not flagged.
    pattern: new RegExp(
      `(?<![\\w$])${LOGGER}${OPEN}\\s{0,4}(?:${ARG_ELEMENT}{0,300}?[,+:{]\\s{0,4})?${PATH}(${SECRET_IDENTIFIER})(?=\\s{0,4}(?:[,)+}]|$))`,
      'i',
    ),
    secretGroup: 1,
    severity: 'warning',
    docs: 'Logs end up in files, consoles and third-party services. Log a masked form (prefix and last four characters) or nothing.',
  },
];
