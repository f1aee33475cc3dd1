// What every source of scanned text yields: a file's bytes under a display path, or the reason
// a file was left out. Sources decide skips; the scanning loop only scans.
import type { SkippedFile } from './skip';

export interface SourceText {
  /** Posix path relative to the scan root, as reports show it (see git/quoting.ts). */
  file: string;
  bytes: Buffer;
}

export type SourceItem = SourceText | SkippedFile;

export function isSkipped(item: SourceItem): item is SkippedFile {
  return 'reason' in item;
}
