import { generateMasterKey } from '../../core/crypto/masterKey';
import { parseFlags } from '../flags';
import type { CliIO } from '../io';

const USAGE = `Usage: keyward keygen
Prints a new master key: 32 random bytes in base64, the same as \`openssl rand -base64 32\`.`;

export function keygen(args: string[], io: CliIO): Promise<number> {
  parseFlags(args, {}, USAGE);
  io.stdout.write(`${generateMasterKey().toString('base64')}\n`);
  return Promise.resolve(0);
}
