// What the index holds, from NUL-separated git output (`-z`), paths kept as raw bytes:
//   git diff --cached --raw -z --no-abbrev   `:srcmode dstmode srcoid dstoid STATUS\0path\0[path\0]`
//   git ls-files --stage -z                  `mode oid stage\tpath\0`

/** One changed path, described by its side in the index (the content a commit would record). */
export interface IndexChange {
  /** A (added), C, D, M, R, T (type changed), U (unmerged), X; letters of `git diff --raw`. */
  status: string;
  mode: string;
  oid: string;
  path: Buffer;
}

export interface IndexEntry {
  mode: string;
  oid: string;
  /** 0 when merged; 1 (base), 2 (ours) or 3 (theirs) during a conflict. */
  stage: number;
  path: Buffer;
}

/** Git's file modes: regular, executable, symbolic link (the blob is the target), submodule. */
export const GITLINK_MODE = '160000';

function fields(out: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let nul = out.indexOf(0); nul !== -1; nul = out.indexOf(0, start)) {
    parts.push(out.subarray(start, nul));
    start = nul + 1;
  }
  if (start < out.length) throw new Error('git output is malformed: it does not end with NUL');
  return parts;
}

export function parseRawDiff(out: Buffer): IndexChange[] {
  const parts = fields(out);
  const changes: IndexChange[] = [];
  for (let i = 0; i < parts.length;) {
    const meta = parts[i++].toString('latin1');
    const match = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])(\d*)$/.exec(meta);
    if (!match) throw new Error('git diff --raw output is malformed');
    const [, , mode, , oid, status] = match;
    // Renames and copies name the source first; the content belongs to the destination.
    if (status === 'R' || status === 'C') i++;
    const path = parts[i++];
    if (!path) throw new Error('git diff --raw output is malformed: a path is missing');
    changes.push({ status, mode, oid, path });
  }
  return changes;
}

export function parseStagedEntries(out: Buffer): IndexEntry[] {
  return fields(out).map((record) => {
    const tab = record.indexOf(9);
    const match = /^(\d{6}) ([0-9a-f]+) ([0-3])$/.exec(record.subarray(0, tab).toString('latin1'));
    if (tab === -1 || !match) throw new Error('git ls-files --stage output is malformed');
    return { mode: match[1], oid: match[2], stage: Number(match[3]), path: record.subarray(tab + 1) };
  });
}
