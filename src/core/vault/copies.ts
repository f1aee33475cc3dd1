/** A hard-coded copy of a vaulted value, found by keyed fingerprint. */
export interface VaultCopy {
  /** UTF-16 offsets into the scanned text; `end` exclusive. */
  start: number;
  end: number;
  keyName: string;
}

/** Runs of characters that secrets are made of; quotes, spaces and most punctuation end a run. */
const CANDIDATE = /[A-Za-z0-9_\-+/=.~:@!$%^*]{12,}/g;
const MAX_CANDIDATE = 4096;

/**
 * Finds values the vault holds, without decrypting anything: every candidate token (and its
 * sub-spans after `=` or `:`, for `KEY=value` lines) is fingerprinted with the vault's HMAC
 * key and looked up. Only masked output follows, so nothing secret leaves this function.
 */
export function findVaultCopies(text: string, lookup: (candidate: string) => string | undefined): VaultCopy[] {
  const copies: VaultCopy[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const token = match[0];
    if (token.length > MAX_CANDIDATE) continue;
    const start = match.index;
    for (const offset of splitPoints(token)) {
      const candidate = token.slice(offset);
      if (candidate.length < 12) continue;
      const keyName = lookup(candidate);
      if (keyName) {
        copies.push({ start: start + offset, end: start + token.length, keyName });
        break;
      }
    }
  }
  return copies;
}

/** Offsets where a value may start inside a token: its beginning and after each `=` or `:`. */
function splitPoints(token: string): number[] {
  const points = [0];
  for (let i = 0; i < token.length; i++) if (token[i] === '=' || token[i] === ':') points.push(i + 1);
  return points;
}
