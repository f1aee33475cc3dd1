import { KeywardError } from '../errors';

/** Tampering is reported like a failed decryption: the value is not used, and the refusal is audited. */
export function alteredError(what: string): KeywardError {
  return new KeywardError(
    `${what} was altered outside Keyward (its record fails its integrity check), so its value is not used. ` +
      'Restore the vault from its backup (vault.db.bak) or delete the key.',
    'decrypt-failed',
  );
}
