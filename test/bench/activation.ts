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
  const names = new Set(
    [...types.matchAll(/^\t(?:export )?(?:class|enum|namespace|const|function) (\w+)/gm)].map((m) => m[1]),
  );
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

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * Milliseconds to load the module and to run activate(), measured separately, plus the CPU time
 * of both: on a shared machine wall time swings with the load, CPU time much less.
 */
function timeActivation(file: string): { load: number; activate: number; cpu: number } {
  delete require.cache[file];
  return withStubbedVscode(() => {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    // VS Code loads an extension with require(), so the bench times exactly that.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
    const extension = require(file) as { activate(context: unknown): unknown };
    const loaded = process.hrtime.bigint();
    extension.activate(inert());
    const done = process.hrtime.bigint();
    return { load: Number(loaded - start) / 1e6, activate: Number(done - loaded) / 1e6, cpu: cpuMs(cpu) };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function runActivationBench(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'keyward-activation-'));
  const empty = path.join(dir, 'empty.js');
  writeFileSync(empty, 'exports.activate = function () {};');
  try {
    const runs = Array.from({ length: RUNS }, () => timeActivation(BUNDLE));
    const load = median(runs.map((r) => r.load));
    const activate = median(runs.map((r) => r.activate));
    const keyward = median(runs.map((r) => r.load + r.activate));
    const cpu = median(runs.map((r) => r.cpu));
    const peer = median(Array.from({ length: RUNS }, () => timeActivation(empty)).map((r) => r.load + r.activate));
    console.log(`\nActivation (production bundle, median of ${RUNS} cold loads; peer = an empty extension module)`);
    console.log(
      `  keyward load + activate   ${keyward.toFixed(1).padStart(7)} ms   (load ${load.toFixed(1)} ms, activate() ${activate.toFixed(1)} ms; aim < 50 ms)`,
    );
    console.log(`  keyward CPU time          ${cpu.toFixed(1).padStart(7)} ms`);
    console.log(
      `  empty extension           ${peer.toFixed(1).padStart(7)} ms   ratio ${(keyward / Math.max(peer, 0.01)).toFixed(0)}x`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Activation starts timers (daily reminders) that an inert host never disposes: exit explicitly.
if (require.main === module) {
  runActivationBench();
  process.exit(0);
}
