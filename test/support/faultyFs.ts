import path from 'node:path';
import { nodeFileSystem, type FileSystem } from '../../src/core/files/fileSystem';

/** The steps of a vault save (src/core/vault/atomicSave.ts), as a fault can hit them. */
export const SAVE_STEPS = ['temp-write', 'fsync', 'rename', 'backup', 'dir-fsync'] as const;
export type SaveStep = (typeof SAVE_STEPS)[number];

/** Errno faults apply to every step; a short or lost write only to writing the temp file. */
export const ERRNO_FAULTS = ['ENOSPC', 'EDQUOT', 'EIO', 'EACCES'] as const;
export const WRITE_FAULTS = ['short-write', 'lost-write'] as const;
export type Fault = (typeof ERRNO_FAULTS)[number] | (typeof WRITE_FAULTS)[number];

export function faultsFor(step: SaveStep): Fault[] {
  return step === 'temp-write' ? [...WRITE_FAULTS, ...ERRNO_FAULTS] : [...ERRNO_FAULTS];
}

export interface FaultyFileSystem extends FileSystem {
  /** Whether the planned fault happened: a test whose fault never fired proves nothing. */
  fired: boolean;
}

function errno(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated failure, ${syscall}`), { code, syscall });
}

/**
 * node:fs with one planned failure in the `occurrence`-th save of a vault in `vaultDir`:
 * - short-write: the temp file's first write stores half and says so; the next one fails with ENOSPC
 *   (what Linux does on a full disk);
 * - lost-write: the first write stores half but claims to have stored everything;
 * - an errno: the step's call fails with it (EACCES at the temp or folder step fails the open).
 * Steps are recognised by the paths the save uses: `vault.db.<tag>.tmp` is the temp file, a rename
 * onto `vault.db.bak` rotates the backup, an fd opened on the folder is the folder fsync.
 */
export function faultyFileSystem(vaultDir: string, step: SaveStep, fault: Fault, occurrence = 1): FaultyFileSystem {
  const isTemp = (file: string) => /\.db\.[0-9a-f]{12}\.tmp$/.test(file);
  const fds = new Map<number, 'temp' | 'dir'>();
  const seen = new Map<string, number>();
  const faulty: FaultyFileSystem = { ...nodeFileSystem, fired: false };
  let shortWriteFd: number | undefined;
  /** True when this call is the planned one: the `occurrence`-th call of this kind. */
  const due = (kind: string) => {
    if (faulty.fired) return false;
    const count = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, count);
    if (count !== occurrence) return false;
    faulty.fired = true;
    return true;
  };
  const failing = fault === 'short-write' || fault === 'lost-write' ? 'ENOSPC' : fault;

  faulty.openSync = (file, flags, mode) => {
    const kind =
      isTemp(file) && flags === 'wx' ? 'temp' : path.resolve(file) === path.resolve(vaultDir) ? 'dir' : undefined;
    if (
      fault === 'EACCES' &&
      kind &&
      (step === 'temp-write' ? kind === 'temp' : step === 'dir-fsync' && kind === 'dir')
    )
      if (due(`open-${kind}`)) throw errno('EACCES', `open '${file}'`);
    const fd = nodeFileSystem.openSync(file, flags, mode);
    if (kind) fds.set(fd, kind);
    return fd;
  };
  faulty.closeSync = (fd) => {
    fds.delete(fd);
    nodeFileSystem.closeSync(fd);
  };
  faulty.writeSync = (fd, buffer, offset, length) => {
    if (fd === shortWriteFd) throw errno('ENOSPC', 'write');
    if (step === 'temp-write' && fds.get(fd) === 'temp' && fault !== 'EACCES' && due('write-temp')) {
      if (fault === 'short-write' || fault === 'lost-write') {
        const half = Math.floor(length / 2);
        nodeFileSystem.writeSync(fd, buffer, offset, half);
        if (fault === 'short-write') shortWriteFd = fd;
        return fault === 'short-write' ? half : length;
      }
      throw errno(failing, 'write');
    }
    return nodeFileSystem.writeSync(fd, buffer, offset, length);
  };
  faulty.fsyncSync = (fd) => {
    const kind = fds.get(fd);
    if (kind === 'temp' && step === 'fsync' && due('fsync-temp')) throw errno(failing, 'fsync');
    if (kind === 'dir' && step === 'dir-fsync' && fault !== 'EACCES' && due('fsync-dir')) throw errno(failing, 'fsync');
    nodeFileSystem.fsyncSync(fd);
  };
  faulty.renameSync = (from, to) => {
    if (step === 'rename' && isTemp(from) && due('rename-vault')) throw errno(failing, `rename '${from}'`);
    if (step === 'backup' && to.endsWith('.db.bak') && due('rename-backup')) throw errno(failing, `rename '${to}'`);
    nodeFileSystem.renameSync(from, to);
  };
  return faulty;
}
