/**
 * A provider's published token format: the single source of truth shared by the scanner
 * rule (which searches for it) and `validateApiKey` (which anchors it to the whole value).
 */
export interface TokenFormat {
  /** Rule id of the scanner rule built from this format. */
  id: string;
  description: string;
  /** Regex source of the whole token, unanchored, no flags, linear-time safe. */
  body: string;
  /**
   * Lower-case literals that appear in any matching text (the prefilter's keywords). A context
   * format may list some to replace the ones derived from its names.
   */
  keywords?: string[];
  /**
   * Names that must precede the value (e.g. `twilio`), for formats too plain to identify
   * alone (a 32-hex Twilio auth token). Matched case-insensitively, followed by the rest of
   * the identifier and an assignment. Absent for self-identifying tokens.
   */
  context?: string[];
  /** Structural check beyond the regex (checksum, decoding). */
  check?: (token: string) => boolean;
}

/** `^(?:body)$`: does `value` have exactly this format (checksum aside)? */
export function matchesWhole(format: TokenFormat, value: string): boolean {
  return anchored(format).test(value);
}

const anchoredCache = new WeakMap<TokenFormat, RegExp>();
function anchored(format: TokenFormat): RegExp {
  let re = anchoredCache.get(format);
  if (!re) {
    re = new RegExp(`^(?:${format.body})$`);
    anchoredCache.set(format, re);
  }
  return re;
}
