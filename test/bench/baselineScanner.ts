// Throughput against an earlier revision of the scanner, measured in the same run: the issue's
// goal is "within 10% of today", where today is main before the detection work (2eba00d).
// That revision's src/ is taken with `git archive` into a temporary folder; it and the working
// tree's src/ are each bundled by esbuild the same way and loaded side by side, so the two
// differ only in their code. KEYWARD_BENCH_BASELINE=REV picks another revision, `none` skips.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

export const BASELINE_REVISION = process.env.KEYWARD_BENCH_BASELINE ?? '2eba00d';

/** What every revision's scanner module exports, typed loosely: old findings have other fields. */
interface ScannerModule {
  createScanner(rules: readonly unknown[]): { scanText(text: string, file: string): unknown[] };
  builtinRules: readonly unknown[];
}

export interface LoadedScanner {
  label: string;
  rules: number;
  scanText(text: string, file: string): unknown[];
}

const REPO = path.join(__dirname, '..', '..');

/** The working tree's scanner, bundled like the baseline's. */
export function currentScanner(): LoadedScanner {
  return bundleAndLoad(REPO, 'this tree');
}

/** The scanner at `revision`, or the reason it cannot be had (no git, a shallow clone). */
export function baselineScanner(revision = BASELINE_REVISION): LoadedScanner | string {
  if (revision === 'none') return 'skipped (KEYWARD_BENCH_BASELINE=none)';
  const work = mkdtempSync(path.join(tmpdir(), 'keyward-baseline-'));
  try {
    const tar = path.join(work, 'src.tar');
    execFileSync('git', ['archive', '--format=tar', `--output=${tar}`, revision, 'src'], { cwd: REPO, stdio: 'pipe' });
    execFileSync('tar', ['-xf', tar, '-C', work]);
    return bundleAndLoad(work, revision);
  } catch (error) {
    return `unavailable: ${(error as Error).message.split('\n')[0]}`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function bundleAndLoad(root: string, label: string): LoadedScanner {
  const out = mkdtempSync(path.join(tmpdir(), 'keyward-scanner-'));
  try {
    const entry = path.join(out, 'entry.ts');
    writeFileSync(
      entry,
      [
        `export { createScanner } from ${JSON.stringify(path.join(root, 'src/core/scan/engine'))};`,
        `export { builtinRules } from ${JSON.stringify(path.join(root, 'src/core/scan/rules/index'))};`,
      ].join('\n'),
    );
    const outfile = path.join(out, 'scanner.js');
    buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle built at run time
    const loaded = require(outfile) as ScannerModule;
    const scanner = loaded.createScanner(loaded.builtinRules);
    return { label, rules: loaded.builtinRules.length, scanText: (text, file) => scanner.scanText(text, file) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * CPU milliseconds each scanner spends on the same files, interleaved file by file (the order
 * rotating), so that other load on the machine falls on all of them alike.
 */
export function interleavedCpuMs(scanners: readonly LoadedScanner[], files: readonly [string, string][]): number[] {
  const spent = scanners.map(() => 0);
  files.forEach(([text, file], n) => {
    for (let k = 0; k < scanners.length; k++) {
      const which = (n + k) % scanners.length;
      const started = process.cpuUsage();
      scanners[which].scanText(text, file);
      const { user, system } = process.cpuUsage(started);
      spent[which] += (user + system) / 1000;
    }
  });
  return spent;
}
