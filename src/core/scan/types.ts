// The scanner's data contract, shared by the engine, the rules, the CLI and the extension.
// Positions are 1-based lines and columns (UTF-16 code units, as editors count them);
// `endColumn` is exclusive. A finding never carries the plaintext secret.

export type Severity = 'error' | 'warning' | 'info';
/** Password hashes are crackable offline, so they are reported, at a lower severity than secrets. */
export type FindingCategory = 'secret' | 'credential-hash' | 'insecure-pattern';
/** How sure the scanner is that a finding is a live credential (see judgment/confidence.ts). */
export type Confidence = 'high' | 'medium' | 'low';
export const CONFIDENCES: readonly Confidence[] = ['low', 'medium', 'high'];
/**
 * What a rule's match rests on: the provider's own token format (prefix, structure, checksum),
 * a credential in context (a provider's name, a command's password flag, a credentials file),
 * or only a secret-like name.
 */
export type RuleBasis = 'format' | 'context' | 'name';
/** Where a file sits: see judgment/fileRole.ts. */
export type FileRole = 'config' | 'source' | 'test' | 'docs' | 'vendored';

/** How far around a keyword hit a multi-line rule's match can start and end, in characters. */
export interface Reach {
  before: number;
  after: number;
}

export interface Rule {
  /** Stable id, kebab-case, e.g. `github-pat-classic`. Used in SARIF, baselines and suppressions. */
  id: string;
  description: string;
  /** Provider id (see src/core/providers) or a generic family such as `private-key`, `generic`. */
  provider: string;
  category: FindingCategory;
  /**
   * Lower-case ASCII literals; a rule only runs on the lines that contain one of them
   * (prefilter). An empty list runs the rule over the whole text (slow: avoid).
   */
  keywords: string[];
  /** Must be linear-time safe (see the ReDoS test). Compiled with the `g` flag by the engine. */
  pattern: RegExp;
  /** Capture group holding the secret; the whole match when absent. */
  secretGroup?: number;
  /** Minimum Shannon entropy (bits per char) of the secret for a report. */
  minEntropy?: number;
  /** Structural check (checksum, decoding). `false` demotes the finding to `info`. */
  validate?: (secret: string) => boolean;
  severity: Severity;
  /**
   * Format-agnostic rule (private keys, JWTs, secret-named assignments...). Generic rules
   * lose to provider rules on an overlapping span, and get extra false-positive filters
   * (UUIDs, hashes, integrity strings, paths, URLs, words).
   */
  generic?: boolean;
  /**
   * The match may span lines (e.g. a PEM block). The engine then searches from about 1 KiB
   * before a keyword hit to 64 KiB after it, instead of the hit's line only; a rule whose match
   * cannot reach that far says how far it can, since its regex runs over all of that text.
   */
  multiline?: boolean | Reach;
  /**
   * Second gate, for rules whose keywords are common words (`print`, `://`): a window runs the
   * regex only if it also contains one of these lower-case literals (case-insensitively).
   */
  alsoKeywords?: string[];
  /** Report the whole match's range (e.g. BEGIN..END) while masking/fingerprinting the secret group. */
  spanWholeMatch?: boolean;
  /** One or two sentences: what leaked and what to do; shown in hovers and SARIF help. */
  docs: string;
  /**
   * Set on workspace-defined rules, whose regexes are not vetted like the built-ins: matching
   * one file may take at most this long, or the scan stops with an error naming the rule.
   */
  timeBudgetMs?: number;
  /** What a match rests on; derived when absent (provider: format, or context with a secret group; generic: name). */
  basis?: RuleBasis;
  /**
   * Values are passwords people choose (curl -u, .netrc, DB_PASSWORD=...), so a word-shaped
   * value is still a credential. Elsewhere a generic rule's word-shaped value is an identifier.
   */
  passwordValues?: boolean;
  /**
   * The rule runs only on files whose path (posix, relative) matches: for files whose name is
   * the signal (Rails' config/master.key holds nothing but 32 hex digits), or, with a negative
   * lookahead, for every file but some kind (rules reading unquoted values skip the source of
   * languages whose strings are quoted). Such a rule may have no keywords: it then reads the
   * whole of the matching files only.
   */
  fileName?: RegExp;
  /** Report only in files of these roles (e.g. bare passwords in config files). */
  fileRoles?: readonly FileRole[];
}

export interface Finding {
  ruleId: string;
  category: FindingCategory;
  severity: Severity;
  provider: string;
  /** Human-readable, never containing the secret. */
  message: string;
  /** Posix path relative to the scan root (or the document's path in the editor). */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Masked form of the secret, e.g. `sk_test_....1234`. */
  masked: string;
  /**
   * Stable across moves, independent of position: HMAC-SHA-256 of ruleId + NUL + secret, keyed
   * with the repository's fingerprint salt, hex.
   */
  fingerprint: string;
  confidence: Confidence;
  /** A few words on the evidence, e.g. "provider's token format, checksum valid". */
  reason: string;
  /** Set by a history scan: the commit that first added the secret (`file` is its path there). */
  commit?: CommitProvenance;
  /** Only while matching a format-1 baseline (unkeyed sha256); stripped before any report. */
  unkeyedFingerprint?: string;
}

export interface CommitProvenance {
  /** Full object id of the commit. */
  sha: string;
  author: string;
  email: string;
  /** Author date, strict ISO 8601. */
  date: string;
  /** How many commits add this secret; it is reported once, at the first. */
  commits: number;
}
