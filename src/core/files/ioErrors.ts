import { errnoCode } from './fileSystem';

/** What an errno means to a user, e.g. ENOSPC -> "the disk is full (ENOSPC)"; the library text adds nothing. */
export function describeIoError(error: unknown): string {
  const code = errnoCode(error);
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full (ENOSPC)';
    case 'EDQUOT':
      return 'the disk quota is exhausted (EDQUOT)';
    case 'EIO':
      return 'the disk reported an I/O error (EIO); it may be failing';
    case 'EACCES':
    case 'EPERM':
      return `permission was denied (${code})`;
    case 'EROFS':
      return 'the file system is read-only (EROFS)';
    case 'EISDIR':
      return 'a folder is in the way (EISDIR)';
    case 'ENOENT':
      return 'a file or folder is missing (ENOENT)';
    case undefined:
      return error instanceof Error ? error.message : String(error);
    default:
      return `the operation failed (${code})`;
  }
}
