import { generateMasterKey } from '../../core/crypto/masterKey';
import type { CliIO } from '../io';

/** Same output as `openssl rand -base64 32`. */
export function keygen(_args: string[], io: CliIO): Promise<number> {
  io.stdout.write(`${generateMasterKey().toString('base64')}\n`);
  return Promise.resolve(0);
}
