import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KeywardError } from '../errors';

/** Where one agent lives: a private folder of its own (for the socket and the shims) and the address it listens on. */
export interface AgentPlace {
  dir: string;
  address: string;
}

/** sockaddr_un.sun_path holds 108 bytes on Linux and 104 on macOS, terminator included. */
const MAX_SOCKET_PATH = 100;

export interface PlaceOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** Where to make the folder when the runtime directory is not usable; os.tmpdir() by default. */
  tmp?: string;
}

/**
 * Makes a fresh folder that only this user can enter (mode 0700, checked after creation: a
 * folder someone else could swap or read is refused) under $XDG_RUNTIME_DIR when that is private,
 * as ssh-agent and gpg-agent do, else under the temp folder. On POSIX the agent listens on a Unix
 * socket inside it; on Windows on a named pipe with an unguessable name.
 */
export function preparePlace(options: PlaceOptions = {}): AgentPlace {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const tmp = options.tmp ?? tmpdir();
  const runtime = env.XDG_RUNTIME_DIR;
  const bases = platform !== 'win32' && runtime && isPrivateDir(runtime) ? [runtime, tmp] : [tmp];
  for (const base of bases) {
    const dir = mkdtempSync(path.join(base, 'keyward-agent-'));
    chmodSync(dir, 0o700);
    assertPrivate(dir, platform);
    if (platform === 'win32') return { dir, address: `\\\\.\\pipe\\keyward-agent-${randomBytes(16).toString('hex')}` };
    const address = path.join(dir, 'agent.sock');
    if (Buffer.byteLength(address) <= MAX_SOCKET_PATH) return { dir, address };
    removePlace({ dir, address });
  }
  throw new KeywardError(
    `Cannot start the key agent: the temp folder path ${tmp} is too long for a socket; set TMPDIR to a shorter one.`,
    'io',
  );
}

/** Removes the folder with everything in it (socket, shims); safe to call twice. */
export function removePlace(place: AgentPlace): void {
  rmSync(place.dir, { recursive: true, force: true });
}

function isPrivateDir(dir: string): boolean {
  try {
    const stat = lstatSync(dir);
    return path.isAbsolute(dir) && stat.isDirectory() && stat.uid === process.getuid?.() && (stat.mode & 0o077) === 0;
  } catch {
    return false;
  }
}

function assertPrivate(dir: string, platform: NodeJS.Platform): void {
  // Windows has no mode bits worth checking; the folder inherits the user profile's ACL.
  if (platform === 'win32') return;
  if (!isPrivateDir(dir)) {
    rmSync(dir, { recursive: true, force: true });
    throw new KeywardError(`Cannot start the key agent: ${dir} is not private to this user.`, 'io');
  }
}
