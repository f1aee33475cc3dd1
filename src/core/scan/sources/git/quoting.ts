// Path bytes as git prints them, and as people read them. git C-quotes a path with special bytes
// ("a\tb", "\303\251", "\200"); we undo that to the exact bytes, and show bytes that are not
// UTF-8 the way git does (octal escapes) instead of replacement characters that name no file.

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** The bytes of a path printed by git: C-quoted between double quotes, or as is. */
export function unquotePath(printed: Buffer): Buffer {
  if (printed[0] !== 0x22 /* " */) return printed;
  const out: number[] = [];
  for (let i = 1; i < printed.length; i++) {
    const byte = printed[i];
    if (byte === 0x22) break;
    if (byte !== 0x5c /* \ */) {
      out.push(byte);
      continue;
    }
    const next = String.fromCharCode(printed[++i]);
    if (next >= '0' && next <= '7') {
      out.push(parseInt(printed.subarray(i, i + 3).toString('latin1'), 8));
      i += 2;
    } else {
      out.push(ESCAPES[next] ?? printed[i]);
    }
  }
  return Buffer.from(out);
}

const strict = new TextDecoder('utf-8', { fatal: true });

function decodes(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The length a UTF-8 sequence starting with `lead` claims, 0 for a byte that cannot lead. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  return lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}

/** A path for reports: UTF-8 as text, every byte that is not valid UTF-8 as `\ooo`. */
export function displayPath(bytes: Uint8Array): string {
  const whole = decodes(bytes);
  if (whole !== undefined) return whole;
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const length = sequenceLength(bytes[i]);
    const text = length > 0 ? decodes(bytes.subarray(i, i + length)) : undefined;
    if (text !== undefined && i + length <= bytes.length) {
      out += text;
      i += length;
    } else {
      out += `\\${bytes[i].toString(8).padStart(3, '0')}`;
      i++;
    }
  }
  return out;
}
