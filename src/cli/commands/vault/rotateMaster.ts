import { generateMasterKey, NEW_MASTER_KEY_ENV, parseMasterKey } from '../../../core/crypto/masterKey';
import { KeywardError } from '../../../core/errors';
import { parseFlags } from '../../flags';
import type { CliIO } from '../../io';
import { openVault } from './context';

const USAGE = `Usage: keyward vault rotate-master [--abort] [--accept-broken-audit] [--reveal] [--vault PATH]
Re-encrypts every key and version under a new master key: ${NEW_MASTER_KEY_ENV} if set, else a new
key printed once on stdout before anything changes (to a pipe; to a terminal only with --reveal).
The current key comes from KEYWARD_MASTER_KEY.
--abort rolls back a rotation that was interrupted; running again with the same new key finishes it.`;

export async function rotateMaster(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      vault: { type: 'string' },
      abort: { type: 'boolean' },
      'accept-broken-audit': { type: 'boolean' },
      reveal: { type: 'boolean' },
    },
    USAGE,
  );
  if (positionals.length > 0) throw new KeywardError(USAGE, 'usage');
  const vault = await openVault(io, values.vault);
  try {
    const pending = vault.pendingMasterRotation();
    if (values.abort) {
      const abandoned = await vault.abortMasterRotation();
      io.stdout.write(
        abandoned
          ? `Rolled back the unfinished rotation to key id ${abandoned.keyId}; the vault stays on key id ${vault.keyId}.\n`
          : 'No master-key rotation was pending.\n',
      );
      return 0;
    }
    if (pending)
      io.stderr.write(
        `note: a rotation to key id ${pending.keyId} started ${pending.startedAt} did not finish; this run replaces it.\n`,
      );
    const next = nextMasterKey(io, values.reveal === true);
    const result = await vault.rotateMaster(next, { acceptBrokenAudit: values['accept-broken-audit'] });
    io.stderr.write(
      `Rotated the master key from key id ${result.oldKeyId} to ${result.newKeyId}: ${result.keys} keys and ${result.versions} older versions re-encrypted, ` +
        `${result.auditEntries} audit entries re-sealed.\nSet KEYWARD_MASTER_KEY to the new key wherever the vault is used; the old key no longer opens it.\n`,
    );
    return 0;
  } finally {
    vault.close();
  }
}

/**
 * The key to rotate to: KEYWARD_NEW_MASTER_KEY, else a new one printed BEFORE the switch, so
 * whatever happens next the user already holds the key that will open the vault. Like
 * `vault get`, it goes to a terminal (and its scrollback) only with --reveal.
 */
export function nextMasterKey(io: CliIO, reveal: boolean): Buffer {
  const given = io.env[NEW_MASTER_KEY_ENV];
  if (given?.trim()) return parseMasterKey(given, NEW_MASTER_KEY_ENV);
  if (io.stdout.isTTY === true && !reveal) {
    throw new KeywardError(
      `Not printing a new master key to a terminal. Set ${NEW_MASTER_KEY_ENV} (e.g. to the output of \`keyward keygen\` ` +
        "piped into your password manager), pipe this command's output, or pass --reveal. Nothing was changed.",
      'refused',
      1,
    );
  }
  const next = generateMasterKey();
  io.stderr.write(
    'New master key (shown once, on stdout): store it now. Once the rotation completes only it opens the vault.\n',
  );
  io.stdout.write(`${next.toString('base64')}\n`);
  return next;
}
