// Text from the scanned tree (file names above all, but also what a workspace rule describes or
// captures) reaches a terminal: a file named with ANSI escapes could rewrite the screen, and
// bidirectional overrides could make it lie. Such characters are shown as visible escapes.

/** C0 controls, DEL, C1 controls, and the bidirectional marks, embeddings, overrides and isolates. */
function isUnsafe(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

export function printable(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += isUnsafe(code) ? `\\u{${code.toString(16)}}` : char;
  }
  return out;
}
