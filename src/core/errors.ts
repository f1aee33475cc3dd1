/**
 * An expected failure with a message fit for a user: what went wrong and what to do.
 * Messages never contain secret values. `exitCode` follows the CLI contract:
 * 1 for a refusal (the request was understood and declined), 2 for an error.
 */
export class KeywardError extends Error {
  constructor(
    message: string,
    readonly code: KeywardErrorCode,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'KeywardError';
  }
}

export type KeywardErrorCode =
  | 'usage'
  | 'master-key-missing'
  | 'master-key-invalid'
  | 'wrong-master-key'
  | 'vault-missing'
  | 'vault-exists'
  | 'vault-corrupt'
  | 'vault-foreign'
  | 'vault-newer'
  | 'vault-locked'
  | 'decrypt-failed'
  | 'key-exists'
  | 'key-missing'
  | 'invalid-input'
  | 'refused'
  | 'config-invalid'
  | 'agent-unavailable'
  | 'io';

/**
 * Structural, not `instanceof`: the extension loads its features as a second bundle with its own
 * copy of this class, and errors cross between the two.
 */
export function isKeywardError(e: unknown): e is KeywardError {
  return e instanceof Error && e.name === 'KeywardError' && typeof (e as KeywardError).code === 'string';
}
