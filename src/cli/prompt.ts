import { KeywardError } from '../core/errors';
import type { CliIO } from './io';
import { readStdinBytes } from './io';

/**
 * Reads a secret: piped stdin as is (minus one trailing newline), or typed at a terminal
 * without echo. The value never passes through argv, where `ps` and shell history would see it.
 */
export async function readSecret(io: CliIO, label: string): Promise<string> {
  if (!io.stdin.isTTY) return utf8Text(await readStdinBytes(io.stdin)).replace(/\r?\n$/, '');
  const stdin = io.stdin as NodeJS.ReadStream;
  io.stderr.write(`${label}: `);
  stdin.setRawMode(true);
  stdin.resume();
  try {
    return await new Promise<string>((resolve, reject) => {
      let value = '';
      const onData = (chunk: Buffer) => {
        for (const char of chunk.toString('utf8')) {
          if (char === '\r' || char === '\n') return finish(() => resolve(value));
          if (char === '\u0003') return finish(() => reject(new Error('cancelled')));
          value = char === '\u007f' || char === '\b' ? value.slice(0, -1) : value + char;
        }
      };
      const finish = (settle: () => void) => {
        stdin.off('data', onData);
        io.stderr.write('\n');
        settle();
      };
      stdin.on('data', onData);
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
  }
}

/**
 * Values are stored as text (they become environment variables), so bytes that are not UTF-8 are
 * refused rather than silently replaced by U+FFFD, which would store something else.
 */
function utf8Text(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new KeywardError(
      'The value is not UTF-8 text (binary input?), and Keyward stores values exactly or not at all. ' +
        'Encode binary data first, e.g. `base64 < FILE | keyward vault add NAME`. Nothing was stored.',
      'invalid-input',
    );
  }
}
