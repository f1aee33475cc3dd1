// Activation cost of the production bundle: time to load dist/extension.js and run activate(),
// against a peer measured in the same run (loading an empty extension module). `vscode` is
// replaced by an inert stand-in that accepts any call, so what is measured is Keyward's own
// work at activation. Requires `node esbuild.mjs --production` first (npm run bench does it).
import Module from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BUNDLE = path.resolve(__dirname, '../../dist/extension.js');
const RUNS = 15;

/** Any property is another stand-in; calls return one too; `then` is absent so nothing looks like a promise. */
function inert(): unknown {
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get: (_t, prop) => (prop === 'then' ? undefined : prop === Symbol.toPrimitive ? () => 0 : inert()),
    apply: () => inert(),
    construct: () => inert() as object,
    set: () => true,
  });
}

/** The API's top-level names, read from its type declarations: bundles copy them at load. */
function vscodeModule(): object {
  const types = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set([...types.matchAll(/^\t(?:export )?(?:class|enum|namespace|const|function) (\w+)/gm)].map((m) => m[1]));
  return Object.fromEntries([...names].map((name) => [name, inert()]));
}

function withStubbedVscode<T>(work: () => T): T {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  const stub = vscodeModule();
  loader._load = (request, ...rest) => (request === 'vscode' ? stub : original(request, ...rest));
  try {
    return work();
  } finally {
    loader._load = original;
  }
}

function timeActivation(file: string): number {
  delete require.cache[file];
  const start = process.hrtime.bigint();
  withStubbedVscode(() => {
    const extension = require(file) as { activate(context: unknown): unknown };
    extension.activate(inert());
  });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function runActivationBench(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'keyward-activation-'));
  const empty = path.join(dir, 'empty.js');
  writeFileSync(empty, 'exports.activate = function () {};');
  try {
    const keyward = median(Array.from({ length: RUNS }, () => timeActivation(BUNDLE)));
    const peer = median(Array.from({ length: RUNS }, () => timeActivation(empty)));
    console.log(`\nActivation (production bundle, median of ${RUNS} cold loads; peer = an empty extension module)`);
    console.log(`  keyward load + activate   ${keyward.toFixed(1).padStart(7)} ms   (aim < 50 ms)`);
    console.log(`  empty extension           ${peer.toFixed(1).padStart(7)} ms   ratio ${(keyward / Math.max(peer, 0.01)).toFixed(0)}x`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) runActivationBench();
