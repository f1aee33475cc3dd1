import { generateMasterKey } from '../../core/crypto/masterKey';
import type { CliIO } from '../io';

/** Same output as `openssl rand -base64 32`. */
export async function keygen(_args: string[], io: CliIO): Promise<number> {
  io.stdout.write(`${generateMasterKey().toString('base64')}\n`);
  return 0;
}
