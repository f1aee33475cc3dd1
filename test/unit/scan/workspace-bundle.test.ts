// The shipped layout: a bundle (like dist/cli.js) that finds dist/scan-worker.js beside it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { WorkspaceScanResult } from '../../../src/core/scan/workspace';
import { parseJson } from '../../support/json';
import { fakePemBlock, makeTree } from './workspace-tree';

const repo = path.resolve(__dirname, '../../..');
const bundleOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'silent' } as const;

// About 20 KB a file, so that the 40 files make several batches.
const filler = 'export const filler = 1;\n'.repeat(800);

describe('scanWorkspace from bundles', function () {
  this.timeout(60_000);
  const out = makeTree({});
  const tree = makeTree(
    Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`src/f${i}.ts`, `// file ${i}\n${filler}${fakePemBlock()}`]),
    ),
  );
  after(() => [out, tree].forEach((t) => t.dispose()));

  before(async () => {
    const workspace = JSON.stringify(path.join(repo, 'src/core/scan/workspace.ts'));
    const config = JSON.stringify(path.join(repo, 'src/core/scan/config.ts'));
    const contents = `
      import { scanWorkspace } from ${workspace};
      import { defaultScanConfig } from ${config};
      scanWorkspace({ root: process.argv[2], config: defaultScanConfig(), workers: Number(process.argv[3]) })
        .then((r) => console.log(JSON.stringify(r)));`;
    await esbuild.build({
      ...bundleOptions,
      stdin: { contents, resolveDir: repo, loader: 'ts' },
      outfile: path.join(out.root, 'cli.js'),
    });
    await esbuild.build({
      ...bundleOptions,
      entryPoints: [path.join(repo, 'src/core/scan/worker.ts')],
      outfile: path.join(out.root, 'scan-worker.js'),
    });
  });

  const run = (workers: number) =>
    parseJson<WorkspaceScanResult>(
      execFileSync(process.execPath, [path.join(out.root, 'cli.js'), tree.root, String(workers)], { encoding: 'utf8' }),
    );

  it('runs its workers from scan-worker.js and agrees with the single-thread scan', () => {
    const pooled = run(2);
    const single = run(0);
    assert.equal(pooled.workersUsed, 2);
    assert.equal(pooled.findings.length, 40, 'one private-key finding per file');
    assert.deepEqual({ ...pooled, workersUsed: 0 }, single);
  });
});
