import { randomBytes } from 'node:crypto';
import { KeywardError } from '../errors';

export const MASTER_KEY_BYTES = 32;
/** Environment variables the CLI reads, in order; `ENCRYPTION_KEY` is the founding document's name. */
export const MASTER_KEY_ENV_VARS = ['KEYWARD_MASTER_KEY', 'ENCRYPTION_KEY'] as const;
/** The key a master-key rotation switches to (`keyward vault rotate-master`). */
export const NEW_MASTER_KEY_ENV = 'KEYWARD_NEW_MASTER_KEY';
/** Every variable that holds a master key, current or next: none of them reaches a child process. */
export const WITHHELD_ENV_VARS = [...MASTER_KEY_ENV_VARS, NEW_MASTER_KEY_ENV] as const;

export function generateMasterKey(): Buffer {
  return randomBytes(MASTER_KEY_BYTES);
}

/** Decodes a base64 master key, refusing anything that is not exactly 32 bytes. */
export function parseMasterKey(encoded: string, source: string): Buffer {
  const text = encoded.trim();
  const bytes = Buffer.from(text, 'base64');
  // Buffer.from ignores junk; a round trip proves the text really was base64.
  const canonical = bytes.toString('base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || canonical.replace(/=+$/, '') !== text.replace(/=+$/, '')) {
    throw new KeywardError(
      `${source} is not valid base64. Generate a key with \`keyward keygen\`.`,
      'master-key-invalid',
    );
  }
  if (bytes.length !== MASTER_KEY_BYTES) {
    throw new KeywardError(
      `${source} must decode to ${MASTER_KEY_BYTES} bytes, got ${bytes.length}. Generate a key with \`keyward keygen\`.`,
      'master-key-invalid',
    );
  }
  return bytes;
}

/** Reads the master key from the environment: `KEYWARD_MASTER_KEY`, else `ENCRYPTION_KEY`. */
export function masterKeyFromEnv(env: NodeJS.ProcessEnv): Buffer {
  for (const name of MASTER_KEY_ENV_VARS) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') return parseMasterKey(value, name);
  }
  throw new KeywardError(
    `No master key: set ${MASTER_KEY_ENV_VARS.join(' (or ')}) to a base64 32-byte key. Generate one with \`keyward keygen\`.`,
    'master-key-missing',
  );
}
