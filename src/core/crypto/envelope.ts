import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { KeywardError } from '../errors';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const ENVELOPE = /^([0-9a-f]{24}):([0-9a-f]{32}):((?:[0-9a-f]{2})*)$/;

/**
 * Seals `plaintext` as `[IV]:[AuthTag]:[EncryptedData]` (hex), the stored format from the
 * founding document. `aad` binds the ciphertext to its record: moved elsewhere, it no longer opens.
 */
export function seal(key: Buffer, plaintext: string, aad: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${iv.toString('hex')}:${cipher.getAuthTag().toString('hex')}:${data.toString('hex')}`;
}

/** Opens an envelope; any tampering, wrong key or wrong record fails with `decrypt-failed`. */
export function open(key: Buffer, envelope: string, aad: string, what: string): string {
  const parts = ENVELOPE.exec(envelope);
  if (!parts) throw new KeywardError(`${what}: stored ciphertext is malformed.`, 'decrypt-failed');
  const [, iv, tag, data] = parts;
  try {
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'hex'), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'hex'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'hex')), decipher.final()]).toString('utf8');
  } catch {
    throw new KeywardError(
      `${what}: decryption failed (the ciphertext was altered or belongs to another record or key).`,
      'decrypt-failed',
    );
  }
}
