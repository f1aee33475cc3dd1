import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Bundles a child-process script to plain CommonJS so that spawning it costs a bare `node`
 * start, not a TypeScript loader: crash tests spawn hundreds of them.
 */
export function bundleScript(entry: string): string {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'keyward-child-')), `${path.basename(entry, '.ts')}.cjs`);
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
  return outfile;
}
