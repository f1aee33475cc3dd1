import type { Vault } from '../vault/vault';
import type { KeySource } from './session';

/**
 * A session's keys from a vault, found afresh on every request through `current` (which throws a
 * KeywardError when the vault is locked or gone): a key rotated since the session began is served
 * at its new value, a deleted, retired or compromised one is not served at all, whatever was
 * granted before (the vault checks it again under its lock as it decrypts). Grants are audited as
 * injections, refusals as `access-refused`; `changed` runs after either, so views showing the audit
 * log catch up.
 */
export function vaultKeySource(current: () => Vault, changed: () => void = () => undefined): KeySource {
  return {
    names: (environment) =>
      current()
        .list()
        .filter((key) => key.status === 'active' && (!environment || key.environment === environment))
        .map((key) => key.name),
    reveal: async (names, detail) => {
      try {
        return await current().revealForInjection(names, detail);
      } finally {
        changed();
      }
    },
    refuse: async (names, detail) => {
      await current().recordEvent({
        action: 'access-refused',
        keyName: names.length === 1 ? names[0] : undefined,
        detail: names.length > 0 ? `${detail}: ${names.join(', ')}` : detail,
      });
      changed();
    },
    redact: (text) => {
      let out = text;
      for (const copy of current().findCopies(text).reverse())
        out = `${out.slice(0, copy.start)}[vault key ${copy.keyName}]${out.slice(copy.end)}`;
      return out;
    },
  };
}
