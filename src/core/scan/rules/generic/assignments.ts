// Generic secrets: a high-entropy value assigned to a secret-like name, in code and config
// formats. Three shapes cover the formats:
//   quoted    api_key = "...", "token": "...", apiKey: string = '...', :secret => "...", password="...",
//             define('API_KEY', '...'), setdefault("TOKEN", "...")
//             (JS/TS, Python, Go, Java, Ruby, PHP, C#, JSON, YAML, TOML, HCL, XML attributes, shell)
//   unquoted  API_KEY=..., password: ..., db.password=..., export TOKEN=..., ENV SECRET=...
//             (.env, YAML, INI, .properties, shell, Dockerfile), anchored to the line
//   Dockerfile's legacy `ENV NAME value`
//   Terraform variable blocks: variable "db_password" { default = "..." }
//   XML elements: <password>...</password> (Maven settings, .NET and Java configs)
import type { Rule } from '../../types';
import { OUTSIDE_QUOTING_SOURCE } from './codeLanguages';
import { SECRET_NAME, SECRET_NAME_FROM_WORD, SECRET_WORD_KEYWORDS } from './secretNames';

const DOCS =
  'A secret-looking value is assigned to a secret-named variable. If it is real, rotate it and read it from the environment or a secret store.';
const MIN_ENTROPY = 3;

const OPERATOR = '(?:={1,3}|:=|:|=>|\\|\\|=|\\?\\?=)';
/** Optional type between name and operator: `apiKey: string =`, `var apiKey string =`, Rust `KEY: &'static str =`. */
const TYPE = "(?:[ \\t]{0,4}:?[ \\t]{0,4}[A-Za-z_&][\\w.<>\\[\\]?&' ]{0,40})?";
/** String prefixes: Python r/b/u/f, C# @, C++ L. */
const STRING_PREFIX = '(?:[rRbBuUfL@]{1,2})?';
/** Printable ASCII without quotes: secrets are ASCII, prose in other scripts is not. */
const QUOTED_VALUE = '([!#-&(-_a-~]{8,512})';
/** Also without brackets and separators, which in code mean an expression, not a value. Longer minimum: no quotes to vouch for it. */
const UNQUOTED_CHAR = '[!#-&*+\\--:=?-Z\\\\^_a-z|~]';
const UNQUOTED_VALUE = `(${UNQUOTED_CHAR}{10,512})`;
/**
 * The name and what precedes it (spaces, quotes, `export`, `declare -x`) are made of these
 * characters, so the first `=` or `:` after them is the operator: checking the value there
 * first is cheap, where parsing the name (its metadata
 * suffix lookbehind has a hundred alternatives) costs ~0.5 µs a line. The bound covers the
 * longest prefix the pattern allows (~200 characters). `X_API_KEY=${X_API_KEY}` lines
 * (.env templates) then fail in a few steps.
 */
const VALUE_AHEAD = `(?=[\\w. \\t"'-]{0,200}[=:][ \\t]{0,4}${UNQUOTED_CHAR}{10})`;
/** A comment after the value needs whitespace before it: `;` and `#` may be part of a value. */
const TRAILING_COMMENT = '(?:[ \\t]{1,4}(?:#|;|//)[^\\n]{0,500})?[ \\t]{0,4}\\r?$';

function assignmentRule(id: string, description: string, pattern: RegExp, secretGroup: number): Rule {
  return {
    id,
    description,
    provider: 'generic',
    category: 'secret',
    keywords: SECRET_WORD_KEYWORDS,
    pattern,
    secretGroup,
    minEntropy: MIN_ENTROPY,
    severity: 'error',
    generic: true,
    docs: DOCS,
  };
}

export const assignmentRules: Rule[] = [
  {
    ...assignmentRule(
      'generic-secret-assignment',
      'Secret assigned to a secret-named variable',
      new RegExp(
        // A comma separates name and value only when the quoted name is a call's first argument:
        // define('API_KEY', '...'), not ['api_key', '...'] nor 'an application secret', '...'.
        // `["']?\]?` closes a subscript: os.environ["API_KEY"] = "...", ENV['TOKEN'] ||= "...".
        `${SECRET_NAME_FROM_WORD}(?:["']?\\]?${TYPE}[ \\t]{0,4}${OPERATOR}|["'](?<=\\([ \\t]{0,4}["'][\\w.-]{1,80}["'])[ \\t]{0,4},)` +
          `[ \\t]{0,4}${STRING_PREFIX}` +
          // `(?:\1\1)?`: Python's triple-quoted strings.
          `(["'\`])(?:\\1\\1)?(?:(?:bearer|basic|token)[ \\t]{1,4})?${QUOTED_VALUE}\\1`,
        'i',
      ),
      2,
    ),
    // The value is always quoted: `X_API_KEY=${X_API_KEY}` lines (half the hits in .env files) never run the regex.
    alsoKeywords: ['"', "'", '`'],
  },
  {
    ...assignmentRule(
      'generic-secret-config',
      'Secret in a configuration entry',
      new RegExp(
        `^${VALUE_AHEAD}[ \\t]{0,40}(?:(?:export|set|setx|ENV|ARG|declare -x|-)[ \\t]{1,4})?["']?(${SECRET_NAME})["']?` +
          `[ \\t]{0,4}[=:][ \\t]{0,4}${UNQUOTED_VALUE}${TRAILING_COMMENT}`,
        'im',
      ),
      2,
    ),
    // In JS, Python or Go source, `token.content = escapedStr` assigns a variable.
    fileName: OUTSIDE_QUOTING_SOURCE,
  },
  {
    ...assignmentRule(
      'generic-secret-dockerfile',
      'Secret in a Dockerfile ENV/ARG instruction',
      new RegExp(
        `^[ \\t]{0,40}(?:ENV|ARG)[ \\t]{1,4}(${SECRET_NAME})[ \\t]{1,4}${UNQUOTED_VALUE}${TRAILING_COMMENT}`,
        'im',
      ),
      2,
    ),
    // ENV and ARG are instructions only in a Dockerfile (Dockerfile, Dockerfile.dev, app.dockerfile,
    // Containerfile): elsewhere the rule never runs, however common secret words are.
    fileName: /(?:^|\/)(?:(?:docker|container)file(?:\.[\w.-]+)?|[\w.-]+\.(?:docker|container)file)$/i,
  },
  {
    ...assignmentRule(
      'generic-secret-xml',
      'Secret in an XML element',
      new RegExp(`<(${SECRET_NAME})>[ \\t]{0,4}([!#-&(-;=?-~]{8,512})[ \\t]{0,4}</\\1>`, 'i'),
      2,
    ),
    alsoKeywords: ['</'],
  },
  {
    // The name and the value sit on different lines, hence a multi-line rule.
    ...assignmentRule(
      'generic-secret-terraform-variable',
      'Secret in a Terraform variable default',
      new RegExp(
        `\\bvariable\\s{1,4}"(${SECRET_NAME})"\\s{0,4}\\{[^{}]{0,400}?\\bdefault\\s{0,4}=\\s{0,4}"${QUOTED_VALUE}"`,
        'i',
      ),
      2,
    ),
    keywords: ['variable'],
    multiline: true,
  },
];
