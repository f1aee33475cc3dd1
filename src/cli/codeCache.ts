// Loads the CLI's bundle with V8's code cache, so that `keyward` does not compile a megabyte of
// JavaScript at every start: a pre-commit hook or a CI step starts it once per run, and compiling
// was a fifth of a whole scan's start-up. Node 22 has module.enableCompileCache(); this works the
// same way on every Node the CLI supports.
//
// The cache holds V8 bytecode compiled from the bundle's source, never data from a run. Bytecode
// that V8 accepts runs as if it were the bundle, so a cache is used only from a folder that this
// user owns and no one else can write to, and only from a file this user owns.
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';

/** What happened to the cache on this load: tests and KEYWARD_DEBUG read it. */
export type CodeCacheUse = 'hit' | 'miss' | 'rejected' | 'off';

export interface LoadedBundle {
  exports: unknown;
  cache: CodeCacheUse;
  /** Writes the cache after a miss or a rejection (best effort, silent); call it when the run ends. */
  save(): void;
}

/** Readable and writable by this user only: the same rule as ssh's. */
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/**
 * Runs `file` (a CommonJS bundle) as Node's loader would, compiled from the cache in `cacheDir`
 * when there is a usable one; without `cacheDir` it compiles as usual.
 */
export function loadBundle(file: string, cacheDir: string | undefined): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  const cacheFile = cacheDir && path.join(cacheDir, `${cacheKey(source)}.v8`);
  const cachedData = cacheFile ? readOwnFile(cacheFile) : undefined;
  // A shebang line is legal only at the very start of a script, which the wrapper no longer is.
  const script = new Script(Module.wrap(source.startsWith('#!') ? `//${source}` : source), {
    filename: file,
    cachedData,
  });
  const cache: CodeCacheUse = !cacheFile
    ? 'off'
    : !cachedData
      ? 'miss'
      : script.cachedDataRejected
        ? 'rejected'
        : 'hit';
  const exports = runAsModule(script, file);
  return {
    exports,
    cache,
    save: () => {
      if (cacheFile && cache !== 'hit') writeOwnFile(cacheDir, cacheFile, script.createCachedData());
    },
  };
}

/**
 * Where the cache goes: $XDG_CACHE_HOME/keyward/v8 or ~/.cache/keyward/v8. Undefined (no cache)
 * when NODE_DISABLE_COMPILE_CACHE is set, as Node's own compile cache honours it, or when no home
 * folder is known.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const base = env.XDG_CACHE_HOME || (env.HOME && path.join(env.HOME, '.cache'));
  return base ? path.join(base, 'keyward', 'v8') : undefined;
}

/** One cache per bundle and Node: V8 rejects a cache made by another version anyway, this avoids the churn. */
function cacheKey(source: string): string {
  return createHash('sha256').update(`${process.version} ${process.arch}\n`).update(source).digest('hex').slice(0, 24);
}

function runAsModule(script: Script, file: string): unknown {
  const bundle = new Module(file, module);
  bundle.filename = file;
  bundle.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(
    path.dirname(file),
  );
  const compiled = script.runInThisContext() as (...args: unknown[]) => void;
  const requireHere = Module.createRequire(file);
  compiled.call(bundle.exports, bundle.exports, requireHere, bundle, file, path.dirname(file));
  bundle.loaded = true;
  return bundle.exports;
}

function readOwnFile(file: string): Buffer | undefined {
  // The folder first: only in a folder no one else can write to is the file's name worth opening.
  if (!ownedByMe(statOrUndefined(path.dirname(file)), true)) return undefined;
  let fd: number;
  try {
    // Non-blocking: a FIFO in the file's place must not hang the command.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    return stats.isFile() && ownedByMe(stats) ? readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function writeOwnFile(dir: string, file: string, bytes: Buffer): void {
  const draft = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
    if (!ownedByMe(statOrUndefined(dir), true)) return;
    writeFileSync(draft, bytes, { mode: PRIVATE_FILE, flag: 'wx' });
    // Whole or not at all: a start that reads the cache while another run writes it sees either.
    renameSync(draft, file);
  } catch {
    rmSync(draft, { force: true });
  }
}

function statOrUndefined(file: string): Stats | undefined {
  return statSync(file, { throwIfNoEntry: false });
}

/** Owned by this user (where uids exist), and for a folder: no one else may write to it. */
function ownedByMe(stats: Stats | undefined, folder = false): boolean {
  if (!stats || (folder && !stats.isDirectory())) return false;
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid) return false;
  return !folder || (stats.mode & 0o022) === 0;
}
