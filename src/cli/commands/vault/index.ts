import type { Command, CliIO } from '../../io';
import { add } from './add';
import { get } from './get';
import { importFile } from './import';
import { init } from './init';
import { list } from './list';
import { revert, rotate } from './rotate';
import { rotateMaster } from './rotateMaster';
import { rm } from './rm';
import { run } from './run';
import { status } from './status';

const USAGE = `Usage: keyward vault <subcommand> [--vault PATH]

Subcommands:
  init                         create an encrypted vault (default .keyward/vault.db)
  add NAME [--provider P] [--env E]
                               store a key; the value is read from stdin
  import FILE [--replace]      store the entries of a .env file; --replace then removes them from it
  list [--json]                show keys with masked values
  get NAME [--reveal]          print a value (to a pipe, or to a terminal with --reveal); audited
  rm NAME                      delete a key and all its versions for good
  rotate NAME [--force]        replace a key's value (read from stdin), keeping the old one as a version
  revert NAME                  make the previous value current again
  rotate-master [--abort]      re-encrypt everything under a new master key (KEYWARD_NEW_MASTER_KEY, or printed)
  status [--json] [--fail-on-overdue]
                               keys due or overdue for rotation, and the master key's age
  run [--only A,B] -- CMD ...  run CMD with keys as environment variables

The master key comes from KEYWARD_MASTER_KEY (base64, 32 bytes), or ENCRYPTION_KEY. Without one,
in a terminal or debug session started by VS Code, \`run\` asks Keyward's agent there (KEYWARD_AGENT).`;

const SUBCOMMANDS: Record<string, Command> = {
  init,
  add,
  import: importFile,
  list,
  get,
  rm,
  run,
  rotate,
  revert,
  status,
  'rotate-master': rotateMaster,
};

export async function vault(args: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = args;
  const sub = name ? SUBCOMMANDS[name] : undefined;
  if (sub) return sub(rest, io);
  const asked = name === '--help' || name === '-h' || name === 'help';
  (asked ? io.stdout : io.stderr).write(
    `${name && !asked ? `keyward: unknown vault subcommand '${name}'\n\n` : ''}${USAGE}\n`,
  );
  return asked ? 0 : 2;
}
