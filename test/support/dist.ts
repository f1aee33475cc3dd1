// The bundles in dist/ are what users run, so some tests run them (the CLI as a process, the
// activation split). Those suites call useDist(): dist/ is rebuilt once per test run when it is
// missing or older than a source, so one test file runs on its own, on a fresh clone, and never
// against a stale bundle.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
const OUTPUTS = [
  'extension.js',
  'features.js',
  'cli.js',
  'cli-main.js',
  'scan-worker.js',
  'history-worker.js',
  'sql-wasm.wasm',
];
const INPUTS = ['src', 'esbuild.mjs', 'package.json', 'package-lock.json'];

let fresh = false;

/** In a describe block: makes sure dist/ is built from the current sources before its tests. */
export function useDist(): void {
  before(function () {
    this.timeout(180_000);
    ensureDist();
  });
}

/** Builds dist/ (as `npm run build` does) unless it is newer than every source; once per process. */
export function ensureDist(): void {
  if (fresh) return;
  const built = oldestOutput();
  if (built === undefined || newestInput() > built) {
    process.stderr.write('      (building dist/ with `npm run build`: it is missing or older than the sources)\n');
    try {
      execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      throw new Error('Building dist/ failed (see above). Run `npm run build` to see why.');
    }
  }
  fresh = true;
}

function oldestOutput(): number | undefined {
  let oldest = Infinity;
  for (const file of OUTPUTS) {
    const stat = statSync(path.join(DIST, file), { throwIfNoEntry: false });
    if (!stat) return undefined;
    oldest = Math.min(oldest, stat.mtimeMs);
  }
  return oldest;
}

function newestInput(): number {
  return Math.max(...INPUTS.map((input) => newestUnder(path.join(ROOT, input))));
}

function newestUnder(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newestUnder(path.join(file, name))));
}
