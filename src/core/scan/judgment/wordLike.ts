// Identifiers, constants, property paths and prose: words joined by separators or by case
// (camelCase, PascalCase, ACRONYMWords, SCREAMING_SNAKE), each shaped like a word rather than
// like random text, plus numbers and words with a number (`result-6271`, `0001_initial`,
// `cachedvol112233`, `V2`). `config.apiKeyV2`, `SECRET_KEY`, `GetKMSEncryptionKey`,
// `SNSNoAuthorization` and `ECC_SECG_P256K1` are words; a JWT or a base62 key is not.
//
// Random mixed-case text splits by case into many one- or two-letter parts without a vowel
// (`aB`, `Zf`, `Jp`, `x`); words do not. Short English words (`No`, `Is`, `In`, `Ip`) have one.

const IDENTIFIER_PATH = /^[A-Za-z_$\d][\w$]*(?:(?:[ ._/:-]|::)[\w$]+)*$/;
const SEPARATORS = /[ ._/:$-]+/;
/** A case-and-digit split: acronyms, capitalised or lower-case words, numbers. */
const PARTS = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g;
const VOWEL = /[aeiouy]/i;
/** Longest run of digits a word-shaped segment may hold (dates, build numbers), and how many runs. */
const MAX_DIGITS = 14;
const MAX_DIGIT_RUNS = 2;

export function isWordLike(value: string): boolean {
  // Trailing sentence punctuation and optional chaining (`options?.name`) do not make a word random.
  // Ruby's `@ivar` and `save!`, and `::` namespaces, are code too, and so is a sigil before a
  // name: a Ruby `:symbol`, a JS `#private` field, a YAML `&anchor`, `*alias` or `!Tag`, a
  // `%name` placeholder, a lexer's `?Marker` that no source text can spell.
  const words = value
    .replace(/[.!?,:;=]+$/, '')
    .replace(/\?\./g, '.')
    .replace(/^(?:@{1,2}|[?#:&*!%])/, '');
  if (!IDENTIFIER_PATH.test(words)) return false;
  // Names are mostly letters; `xoxs-3206092076-3204538285-...` is mostly numbers.
  if (words.replace(/\D/g, '').length * 2 > words.replace(/[^A-Za-z]/g, '').length * 2 + 4) return false;
  const segments = words.split(SEPARATORS).filter((s) => s !== '');
  if (isScreamingSnake(words, segments)) return true;
  let letterParts = 0;
  let oddness = 0;
  for (const segment of segments) {
    const parts = partsOf(segment);
    if (parts === undefined) return false;
    const mixedCase = segment !== segment.toLowerCase() && segment !== segment.toUpperCase();
    const letterRuns = parts.filter((p) => !/^\d/.test(p)).length;
    let acronyms = 0;
    for (const [i, part] of parts.entries()) {
      if (/^\d/.test(part)) continue;
      // `apiKeyV2`, `x64`: a letter and the number ending a segment label a version or a size.
      if (part.length === 1 && i === parts.length - 2 && /^\d/.test(parts[i + 1]) && !/^\d/.test(parts[i - 1] ?? ''))
        continue;
      letterParts++;
      // One acronym per segment is a name (`GetKMSKey`); several are random case (`bocQVSMhyIPq`).
      const acronym = mixedCase && part.length > 1 && part === part.toUpperCase();
      if (acronym && ++acronyms > 1) oddness += 1;
      else oddness += oddnessOf(part, letterRuns === 1);
    }
  }
  // Long identifiers may hold an odd abbreviation or a one-letter part; random text holds many.
  return oddness * 6 <= letterParts;
}

/**
 * `ECC_SECG_P256K1`, `HTTP_401_UNAUTHORIZED`: an upper-case constant of short parts, at least
 * half of them letters only (a license-key shape such as `Q31CV-S1PSC-J4OTK` has none).
 */
function isScreamingSnake(words: string, segments: string[]): boolean {
  if (segments.length < 2 || words !== words.toUpperCase() || segments.some((s) => s.length > 16)) return false;
  return segments.filter((s) => /^[A-Z]+$/.test(s)).length * 2 >= segments.length;
}

/** Letter and digit parts of one segment, or undefined when its digits read like random text. */
function partsOf(segment: string): string[] | undefined {
  const lettersAreOneCase = segment === segment.toLowerCase() || segment === segment.toUpperCase();
  const parts = lettersAreOneCase ? (segment.match(/[A-Za-z]+|\d+/g) ?? []) : (segment.match(PARTS) ?? []);
  if (parts.join('') !== segment) return undefined;
  const digitRuns = parts.filter((p) => /^\d/.test(p));
  if (digitRuns.length > MAX_DIGIT_RUNS || digitRuns.some((d) => d.length > MAX_DIGITS)) return undefined;
  return parts;
}

/**
 * How unlike a word a part is, 0..1. One letter, a run without a vowel (`Kd`, `xfg`) or five
 * consonants in a row (`Ipqldv`): 1. Short words (`No`, `Is`, `Ip`) and capitalised
 * abbreviations (`Vpc`, `Http`) are common in names but also in random text: a little. Upper-case
 * acronyms up to six letters (`KMS`, `HTTP`), and a lower-case abbreviation standing alone in its
 * segment (`psrp` in `self._psrp_auth`, `js` in `hide-if-no-js`, `pw` in `pma_pw2`): 0.
 */
function oddnessOf(part: string, aloneInSegment: boolean): number {
  if (part.length === 1) return 1;
  if (part === part.toUpperCase()) return part.length > 6 && !VOWEL.test(part) ? 1 : 0;
  if (/[b-df-hj-np-tv-xz]{5}/i.test(part)) return 1;
  if (aloneInSegment && part === part.toLowerCase()) return 0;
  if (part.length === 2) return VOWEL.test(part) ? 0.25 : 1;
  if (VOWEL.test(part)) return 0;
  return part.length <= 4 && part[0] === part[0].toUpperCase() ? 0.5 : 1;
}
