import { isKeywardError } from '../errors';
import type { Vault } from './vault';

/** Opens the vault with a master key (throwing `wrong-master-key` when it is not this vault's). */
export type OpenWith = (masterKey: Buffer) => Vault;

/** The vault opened with `key`, or undefined when the key is not this vault's; other failures propagate. */
export function tryOpen(open: OpenWith, key: Buffer): Vault | undefined {
  try {
    return open(key);
  } catch (error) {
    if (isKeywardError(error) && error.code === 'wrong-master-key') return undefined;
    throw error;
  }
}
