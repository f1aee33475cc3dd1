import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** One extension-host session: a fixture workspace and the bundled test files that run in it. */
export interface HostRun {
  workspace: string;
  files: string[];
}

export const DEFAULT_WORKSPACE = 'basic';
// A test file names its fixture workspace in a line of its own, e.g. `// @workspace plain`.
const WORKSPACE_LINE = /^\/\/ @workspace ([\w-]+)\s*$/m;

/** Where the bundles go; index.js is VS Code's `extensionTestsPath`. */
export function outDir(root: string): string {
  return path.join(root, 'out', 'integration');
}

/**
 * Bundles test/integration/index.ts and every `*.test.ts` (optionally only those whose path contains
 * one of `filters`) into out/integration/, and groups the bundles by the workspace they ask for.
 */
export async function planRuns(root: string, filters: string[]): Promise<HostRun[]> {
  const sourceDir = path.join(root, 'test', 'integration');
  const sources = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
    .sort();
  if (sources.length === 0)
    throw new Error(`No integration tests in ${sourceDir} match ${filters.join(', ') || '*.test.ts'}.`);

  const out = outDir(root);
  // Stale bundles of deleted tests would otherwise still run under test:vscode's directory scan.
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: ['index.ts', ...sources].map((file) => path.join(sourceDir, file)),
    outbase: sourceDir,
    outdir: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // For breakpoints in test files under the "Extension Tests" launch configuration.
    sourcemap: true,
    sourcesContent: false,
    // vscode exists only inside the host; mocha is bundled so the host needs nothing from node_modules.
    external: ['vscode'],
    // mocha's parallel mode (the only code that needs its files on disk) is never used in the host.
    logOverride: { 'require-resolve-not-external': 'silent' },
    logLevel: 'warning',
  });

  const runs = new Map<string, string[]>();
  for (const source of sources) {
    const text = readFileSync(path.join(sourceDir, source), 'utf8');
    const workspace = WORKSPACE_LINE.exec(text)?.[1] ?? DEFAULT_WORKSPACE;
    const bundle = path.join(out, source.replace(/\.ts$/, '.js'));
    runs.set(workspace, [...(runs.get(workspace) ?? []), bundle]);
  }
  return [...runs].map(([workspace, files]) => ({ workspace, files }));
}
