// Turns .gitleaksignore entries into baseline entries: each named file (at its commit, when the
// entry has one) is scanned with the imported configuration, and what Keyward finds on the named
// line is accepted by fingerprint, so it stays accepted in tree, staged and history scans.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScanConfig } from '../../core/scan/config';
import { scannerFor } from '../../core/scan/configuredScanner';
import type { FingerprintOptions } from '../../core/scan/fingerprint';
import { type CatFileObject, CatFileParser, catFileRequest } from '../../core/scan/sources/git/catFile';
import { PLAIN_GIT } from '../../core/scan/sources/git/runner';
import type { IgnoredFinding } from '../../core/scan/gitleaks/ignoreFile';
import type { Finding } from '../../core/scan/types';
import { gitRunner } from '../scan/git';

export interface IgnoreConversion {
  accepted: Finding[];
  /** Entries where Keyward finds nothing (or whose file cannot be read). */
  unmatched: IgnoredFinding[];
}

export async function convertIgnoreEntries(
  root: string,
  config: ScanConfig,
  entries: readonly IgnoredFinding[],
  fingerprints: FingerprintOptions,
): Promise<IgnoreConversion> {
  const scanner = scannerFor(config, { fingerprints });
  const texts = await readTexts(root, entries, config.maxFileBytes);
  const result: IgnoreConversion = { accepted: [], unmatched: [] };
  entries.forEach((entry, i) => {
    const text = texts[i];
    const found = text === undefined ? [] : scanner.scanText(text, entry.file).filter((f) => f.line === entry.line);
    if (found.length === 0) result.unmatched.push(entry);
    else result.accepted.push(...found);
  });
  return result;
}

/** Each entry's file text: from the work tree, or from git at the entry's commit. */
async function readTexts(
  root: string,
  entries: readonly IgnoredFinding[],
  maxBytes: number,
): Promise<(string | undefined)[]> {
  const fromGit = entries.filter((e) => e.commit !== undefined);
  const blobs = new Map<string, string>();
  if (fromGit.length > 0) {
    const names = fromGit.map((e) => `${e.commit}:${e.file}`);
    const objects: CatFileObject[] = [];
    const parser = new CatFileParser(maxBytes, (o) => objects.push(o));
    try {
      for await (const chunk of gitRunner(root).stream([...PLAIN_GIT, 'cat-file', '--batch'], catFileRequest(names))) {
        parser.push(chunk);
      }
      objects.forEach((o, i) => {
        if (!('missing' in o) && o.content) blobs.set(names[i], o.content.toString('utf8'));
      });
    } catch {
      // Not a repository, or git missing: those entries stay unmatched and are reported.
    }
  }
  return Promise.all(
    entries.map((e): Promise<string | undefined> =>
      e.commit !== undefined
        ? Promise.resolve(blobs.get(`${e.commit}:${e.file}`))
        : readFile(path.join(root, e.file), 'utf8').catch(() => undefined),
    ),
  );
}
