// Scans what a source yields (the staged blobs, for one), one file at a time as it arrives, so
// memory holds one file and the findings, never the whole source.
import { scannerFor, type ScannerOptions } from './configuredScanner';
import type { ScanConfig } from './config';
import type { SkippedFile } from './sources/skip';
import { isSkipped, type SourceItem } from './sources/types';
import { sortFindings } from './report/summary';
import { compare } from './sources/workingTree';
import type { Finding } from './types';

export interface SourceScanResult {
  findings: Finding[];
  filesScanned: number;
  bytesScanned: number;
  skipped: SkippedFile[];
}

// Invalid UTF-8 becomes U+FFFD rather than an error; a BOM is dropped so columns match editors.
const decoder = new TextDecoder('utf-8');

export async function scanSource(
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  config: ScanConfig,
  options: ScannerOptions = {},
): Promise<SourceScanResult> {
  const scanner = scannerFor(config, options);
  const result: SourceScanResult = { findings: [], filesScanned: 0, bytesScanned: 0, skipped: [] };
  for await (const item of items) {
    if (isSkipped(item)) {
      result.skipped.push(item);
      continue;
    }
    result.findings.push(...scanner.scanText(decoder.decode(item.bytes), item.file));
    result.filesScanned++;
    result.bytesScanned += item.bytes.length;
  }
  result.skipped.sort((a, b) => compare(a.file, b.file));
  return { ...result, findings: sortFindings(result.findings) };
}
