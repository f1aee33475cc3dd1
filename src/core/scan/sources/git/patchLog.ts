// Reads `git log -p` as it streams and hands over, per file per commit, the new side of every
// hunk: the added lines with their context, and which lines were added. Hunk bodies are
// consumed by the counts in their `@@ -a,b +c,d @@` headers, so no content line is ever taken
// for a header. Memory holds one file's patch (at most `maxPatchBytes`), never the history.
import { LineSplitter } from './lines';
import { type CommitMeta, joinLines, type PatchEvent } from './patch';
import { unquotePath } from './quoting';

export interface PatchLogOptions {
  maxPatchBytes: number;
  /** Decides from the path alone whether a file's patch is wanted (excludes, lock files...). */
  wants(path: Buffer): boolean;
  onEvent(event: PatchEvent): void;
}

type FileState = {
  path: Buffer;
  lines: Buffer[];
  numbers: number[];
  added: number[];
  bytes: number;
  tooLarge: boolean;
};

export class PatchLogParser {
  private readonly splitter: LineSplitter;
  private commit: CommitMeta | undefined;
  private file: FileState | undefined;
  /** Lines left in the current hunk, old and new side; both 0 outside a hunk. */
  private oldLeft = 0;
  private newLeft = 0;
  private nextLine = 0;

  constructor(private readonly options: PatchLogOptions) {
    // A line longer than a whole file may be is cut; the file is then reported too large.
    this.splitter = new LineSplitter(options.maxPatchBytes + 1, (line, truncated) => this.line(line, truncated));
  }

  push(chunk: Buffer): void {
    this.splitter.push(chunk);
  }

  end(): void {
    this.splitter.end();
    this.finishFile();
  }

  private line(line: Buffer, truncated: boolean): void {
    if (this.oldLeft > 0 || this.newLeft > 0) return this.hunkLine(line, truncated);
    const first = line[0];
    if (first === 0) return this.startCommit(line);
    if (first === 0x64 /* d */ && line.subarray(0, 11).toString('latin1') === 'diff --git ') return this.finishFile();
    if (first === 0x2b /* + */ && line.subarray(0, 4).toString('latin1') === '+++ ') return this.startFile(line);
    if (first === 0x40 /* @ */ && line[1] === 0x40) return this.startHunk(line);
    if (first === 0x42 /* B */ && line.subarray(0, 13).toString('latin1') === 'Binary files ') {
      this.options.onEvent({ kind: 'skipped', commit: this.commit!, path: undefined, reason: 'binary' });
    }
  }

  private startCommit(line: Buffer): void {
    this.finishFile();
    const [, sha, author, email, date] = line.toString('utf8').split('\0');
    if (!sha || date === undefined) throw new Error('git log output is malformed: unexpected commit header');
    this.commit = { sha, author, email, date };
    this.options.onEvent({ kind: 'commit', commit: this.commit });
  }

  private startFile(line: Buffer): void {
    this.finishFile();
    let printed = line.subarray(4);
    if (printed.toString('latin1') === '/dev/null') return; // a deletion adds nothing
    if (printed[printed.length - 1] === 9) printed = printed.subarray(0, -1); // git's tab after a name with spaces
    const path = unquotePath(printed).subarray(2); // drop the "b/" prefix
    if (!this.options.wants(path)) {
      this.options.onEvent({ kind: 'skipped', commit: this.commit!, path, reason: 'excluded' });
      return;
    }
    this.file = { path, lines: [], numbers: [], added: [], bytes: 0, tooLarge: false };
  }

  private startHunk(line: Buffer): void {
    const match = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line.toString('latin1'));
    if (!match) throw new Error('git log output is malformed: unexpected hunk header');
    this.oldLeft = match[1] === undefined ? 1 : Number(match[1]);
    this.newLeft = match[3] === undefined ? 1 : Number(match[3]);
    this.nextLine = Number(match[2]);
    const file = this.file;
    if (file && !file.tooLarge && file.lines.length > 0) this.keep(file, Buffer.alloc(0), 0, 0);
  }

  private hunkLine(line: Buffer, truncated: boolean): void {
    const kind = line[0];
    if (kind === 0x5c /* \ No newline at end of file */) return;
    if (kind === 0x2d /* - */) {
      this.oldLeft--;
      return;
    }
    if (kind === 0x20 /* space */) this.oldLeft--;
    this.newLeft--;
    const number = this.nextLine++;
    const file = this.file;
    if (!file || file.tooLarge) return;
    if (truncated) file.tooLarge = true;
    else this.keep(file, line.subarray(1), number, kind === 0x2b ? 1 : 0);
  }

  private keep(file: FileState, content: Buffer, number: number, added: number): void {
    file.bytes += content.length + 1;
    if (file.bytes > this.options.maxPatchBytes) {
      file.tooLarge = true;
      file.lines = [];
      return;
    }
    file.lines.push(content);
    file.numbers.push(number);
    file.added.push(added);
  }

  private finishFile(): void {
    const file = this.file;
    this.file = undefined;
    this.oldLeft = this.newLeft = 0;
    if (!file || !this.commit) return;
    if (file.tooLarge) {
      this.options.onEvent({ kind: 'skipped', commit: this.commit, path: file.path, reason: 'too large' });
      return;
    }
    if (!file.added.includes(1)) return;
    const patch = {
      commit: this.commit,
      path: file.path,
      text: joinLines(file.lines, file.bytes),
      lineNumbers: file.numbers,
      added: Uint8Array.from(file.added),
    };
    this.options.onEvent({ kind: 'patch', patch });
  }
}
