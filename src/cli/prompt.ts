import type { CliIO } from './io';
import { readStdin } from './io';

/**
 * Reads a secret: piped stdin as is (minus one trailing newline), or typed at a terminal
 * without echo. The value never passes through argv, where `ps` and shell history would see it.
 */
export async function readSecret(io: CliIO, label: string): Promise<string> {
  if (!io.stdin.isTTY) return (await readStdin(io.stdin)).replace(/\r?\n$/, '');
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
