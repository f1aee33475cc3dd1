import * as zlib from 'node:zlib';

// GitHub (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/)
// and npm (https://github.blog/2021-09-23-announcing-npms-new-access-token-format/) end
// their tokens with a CRC32 of the random part, base62-encoded and zero-padded to 6 chars.
// A failed checksum means the value is a look-alike (typo, made-up example), not a live token.

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM_LENGTH = 6;

// zlib.crc32 exists from Node 20.15 / 22.2; older Node 20 releases (and some editor hosts)
// lack it, so keep a table-driven fallback of the same IEEE polynomial.
const nativeCrc32: ((data: string) => number) | undefined =
  typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : undefined;

let table: Uint32Array | undefined;
function tableCrc32(data: string): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of Buffer.from(data, 'utf8')) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** CRC-32 (IEEE) of the UTF-8 bytes of `data`, as an unsigned 32-bit number. */
export function crc32(data: string): number {
  return nativeCrc32 ? nativeCrc32(data) >>> 0 : tableCrc32(data);
}

/** Exposed for the test that proves both implementations agree. */
export const crc32Fallback = tableCrc32;

/** `n` in base62 (0-9, A-Z, a-z), left-padded with zeros to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  let rest = n;
  do {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out.padStart(width, '0');
}

/**
 * True when a `prefix_` + random + 6-char checksum token (GitHub classic, npm) carries the
 * CRC32 of its random part.
 */
export function hasValidCrc32Suffix(token: string): boolean {
  const underscore = token.indexOf('_');
  const body = token.slice(underscore + 1);
  if (underscore < 0 || body.length <= CHECKSUM_LENGTH) return false;
  const random = body.slice(0, -CHECKSUM_LENGTH);
  return base62(crc32(random), CHECKSUM_LENGTH) === body.slice(-CHECKSUM_LENGTH);
}
