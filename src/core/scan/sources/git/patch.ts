// What the history source hands over: commits, and per file per commit the new side of its hunks
// with the added lines marked (see patchLog.ts, which reads them from `git log -p`).

/** `--format` of every commit header: a line that no diff line can look like (it starts with NUL). */
export const COMMIT_FORMAT = '%x00%H%x00%an%x00%ae%x00%aI';

export interface CommitMeta {
  sha: string;
  author: string;
  email: string;
  /** Author date, strict ISO 8601. */
  date: string;
}

export interface FilePatch {
  commit: CommitMeta;
  /** The path at that commit, exactly as stored. */
  path: Buffer;
  /** The new side's hunk lines joined with LF, an empty line between hunks. */
  text: Buffer;
  /** For each line of `text`, its 1-based line in the file (0 for a separator). */
  lineNumbers: number[];
  /** For each line of `text`, 1 when the commit added it. */
  added: Uint8Array;
}

export type PatchEvent =
  | { kind: 'commit'; commit: CommitMeta }
  | { kind: 'patch'; patch: FilePatch }
  | { kind: 'skipped'; commit: CommitMeta; path: Buffer | undefined; reason: 'binary' | 'too large' | 'excluded' };

/** Lines joined with LF into one buffer of `bytes` (their lengths plus one each) less one. */
export function joinLines(lines: readonly Buffer[], bytes: number): Buffer {
  const text = Buffer.allocUnsafe(Math.max(0, bytes - 1));
  let at = 0;
  lines.forEach((line, i) => {
    if (i > 0) text[at++] = 10;
    at += line.copy(text, at);
  });
  return text;
}
