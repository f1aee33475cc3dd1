import { createHash } from 'node:crypto';
import { KeywardError } from '../errors';
import { parseMasterKey } from '../crypto/masterKey';

/** Where master keys are kept on this machine: VS Code's SecretStorage, a Map in tests. */
export interface SecretStore {
  get(name: string): PromiseLike<string | undefined>;
  store(name: string, value: string): PromiseLike<void>;
  delete(name: string): PromiseLike<void>;
}

const PREFIX = 'keyward.masterKey.';

/**
 * A vault's place on this machine: a digest of its real path (symlinks resolved), so entry names
 * say nothing about the folders a user works in.
 */
export function locationId(realVaultPath: string): string {
  return createHash('sha256').update(realVaultPath, 'utf8').digest('hex').slice(0, 16);
}

/**
 * The master-key entries of one vault at one place. `cp -r` copies a vault with its id, so an
 * entry named by the id alone would be shared by the copies, and rotating one would silently
 * overwrite the key of the other; the entry is named by id and place. A list per id records the
 * places that hold a key (no secret), so that a copy, or the same folder moved, can find a key to
 * try; a key found that way is verified against the vault before anything uses it (see unlock.ts).
 */
export class VaultKeySlot {
  /** SecretStorage entry of this vault's key at this place: `keyward.masterKey.<vaultId>@<place>`. */
  readonly name: string;
  /** A master key being rotated to, kept before the vault changes (see masterHandover.ts). */
  readonly nextName: string;
  private readonly placesName: string;

  constructor(
    private readonly secrets: SecretStore,
    readonly vaultId: string,
    readonly place: string,
  ) {
    this.name = `${PREFIX}${vaultId}@${place}`;
    this.nextName = `${this.name}.next`;
    this.placesName = `${PREFIX}${vaultId}.places`;
  }

  get(): Promise<Buffer | undefined> {
    return this.read(this.name);
  }

  getNext(): Promise<Buffer | undefined> {
    return this.read(this.nextName);
  }

  /** Keeps `key` as this vault's key here and reads it back: another window may have written at the same moment. */
  async store(key: Buffer): Promise<void> {
    await this.write(this.name, key);
    await this.remember();
  }

  async storeNext(key: Buffer): Promise<void> {
    await this.write(this.nextName, key);
  }

  async delete(): Promise<void> {
    await this.secrets.delete(this.name);
  }

  async deleteNext(): Promise<void> {
    await this.secrets.delete(this.nextName);
  }

  /**
   * Keys kept for this vault id elsewhere, newest place first: other places (a copy, this folder
   * before it moved), then the entry earlier versions kept under the id alone. Each is only a
   * candidate: whoever uses one must check that it opens this vault.
   */
  async elsewhere(): Promise<Buffer[]> {
    const places = (await this.places()).filter((place) => place !== this.place).reverse();
    const names = [
      ...places.map((place) => `${PREFIX}${this.vaultId}@${place}`),
      `${PREFIX}${this.vaultId}`,
      `${PREFIX}${this.vaultId}.next`,
    ];
    const keys: Buffer[] = [];
    for (const name of names) {
      const key = await this.read(name).catch(() => undefined);
      if (key && !keys.some((known) => known.equals(key))) keys.push(key);
    }
    return keys;
  }

  private async read(name: string): Promise<Buffer | undefined> {
    const stored = await this.secrets.get(name);
    return stored ? parseMasterKey(stored, 'The stored master key') : undefined;
  }

  private async write(name: string, key: Buffer): Promise<void> {
    const encoded = key.toString('base64');
    await this.secrets.store(name, encoded);
    if ((await this.secrets.get(name)) !== encoded) {
      throw new KeywardError('Another window changed the master key at the same moment; try again.', 'io');
    }
  }

  private async places(): Promise<string[]> {
    try {
      const parsed: unknown = JSON.parse((await this.secrets.get(this.placesName)) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((place): place is string => typeof place === 'string') : [];
    } catch {
      return [];
    }
  }

  /** Adds this place to the id's list (last = most recent). A lost race only loses a hint, never a key. */
  private async remember(): Promise<void> {
    const places = (await this.places()).filter((place) => place !== this.place);
    await this.secrets.store(this.placesName, JSON.stringify([...places, this.place]));
  }
}

/** The slots of every vault on this machine, in one secret store. */
export class MasterKeySlots {
  constructor(private readonly secrets: SecretStore) {}

  /** The slot of vault `vaultId` whose file really is at `realVaultPath`. */
  forVault(vaultId: string, realVaultPath: string): VaultKeySlot {
    return new VaultKeySlot(this.secrets, vaultId, locationId(realVaultPath));
  }
}
