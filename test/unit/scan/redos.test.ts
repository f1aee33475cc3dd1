// Catastrophic-backtracking guard. Every built-in rule's regex is run (as the engine compiles
// it) over adversarial ~1 MB inputs built from its own keywords: keyword runs, keyword plus
// an endless run of allowed characters with no terminator, unterminated quotes, repeated
// prefixes, long runs of `a`, `=`, base64, dashes and quotes. A linear regex handles 1 MB in
// milliseconds; a quadratic one needs ~10^12 steps and an exponential one never returns, so
// a generous 2 s bound per input separates them on any machine, loaded or not.
// A single regex call cannot be interrupted, so the probes run in a worker thread that is
// terminated when it overruns: a blow-up fails the test instead of hanging it.
import assert from 'node:assert/strict';
import type * as WorkerThreads from 'node:worker_threads';
import { Worker } from 'node:worker_threads';
import { createScanner } from '../../../src/core/scan/engine';
import { compileRule } from '../../../src/core/scan/matchRule';
import { builtinRules } from '../../../src/core/scan/rules/index';

const BOUND_MS = 2000;

interface Probe {
  source: string;
  flags: string;
  keywords: string[];
}
type ProbeResult = { worstMs: number; input: number } | 'timeout';

/** Runs inside the worker: builds the inputs and times the regex on each. Self-contained. */
function probeWorker(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parentPort } = require('node:worker_threads') as typeof WorkerThreads;
  const SIZE = 1 << 20;
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const common = [
    fill('a'),
    fill('='),
    fill(B64),
    fill('-'),
    fill(`"'`),
    fill(' \t'),
    fill('a:b@'),
    fill('://a:'),
    fill('-----BEGIN RSA PRIVATE KEY-----\n'),
    fill('eyJ'),
    fill('eyJhbGciOiJIUzI1NiJ9.'),
  ];
  const fromKeyword = (k: string) => [
    fill(k),
    k + fill('a', SIZE - k.length),
    `${k}=${fill(B64)}`,
    `${k} = "${fill(B64)}`,
    fill(`${k}_${k}.`),
    fill(`${k}="${B64.slice(0, 20)}`),
    fill(`${k}${k.toUpperCase()}${B64.slice(0, 12)}\n`),
  ];
  parentPort!.on('message', ({ source, flags, keywords }: Probe) => {
    const regex = new RegExp(source, flags);
    const inputs = [...common, ...keywords.slice(0, 3).flatMap(fromKeyword)];
    let worst = { worstMs: 0, input: -1 };
    inputs.forEach((input, i) => {
      const started = performance.now();
      regex.lastIndex = 0;
      for (let m = regex.exec(input); m !== null; m = regex.exec(input)) if (m[0].length === 0) regex.lastIndex++;
      const ms = performance.now() - started;
      if (ms > worst.worstMs) worst = { worstMs: ms, input: i };
    });
    parentPort!.postMessage(worst);
  });
}

class Prober {
  private worker = this.spawn();

  private spawn(): Worker {
    // The test runner's transpiler may wrap arrow functions in `__name(...)`; define it as identity.
    return new Worker(`const __name = (f) => f; (${probeWorker.toString()})()`, { eval: true });
  }

  /** Times out when the whole probe exceeds the per-input bound times the number of inputs. */
  run(probe: Probe, budget = BOUND_MS * (11 + 7 * Math.min(3, probe.keywords.length))): Promise<ProbeResult> {
    return new Promise((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        this.worker.removeAllListeners('message').removeAllListeners('error');
      };
      const timer = setTimeout(() => {
        settle();
        void this.worker.terminate();
        this.worker = this.spawn();
        resolve('timeout');
      }, budget);
      this.worker.once('message', (result: { worstMs: number; input: number }) => {
        settle();
        resolve(result);
      });
      this.worker.once('error', (error) => {
        settle();
        this.worker = this.spawn();
        reject(error);
      });
      this.worker.postMessage(probe);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

describe('ReDoS: every rule stays linear on adversarial 1 MB inputs', function () {
  this.timeout(600_000);
  const prober = new Prober();
  after(() => prober.close());

  it('the harness itself catches a catastrophic pattern (so this suite can fail)', async function () {
    this.timeout(60_000);
    const result = await prober.run({ source: '(?:a|a)+b', flags: 'g', keywords: [] }, 3 * BOUND_MS);
    assert.ok(result === 'timeout' || result.worstMs >= BOUND_MS, 'an exponential regex must be reported');
  });

  for (const rule of builtinRules) {
    it(rule.id, async () => {
      const { regex } = compileRule(rule);
      const result = await prober.run({ source: regex.source, flags: regex.flags, keywords: rule.keywords });
      assert.notEqual(result, 'timeout', `${rule.id}: did not finish (catastrophic backtracking)`);
      if (result !== 'timeout')
        assert.ok(result.worstMs < BOUND_MS, `${rule.id}: input #${result.input} took ${result.worstMs.toFixed(0)} ms`);
    });
  }

  it('the whole scanner handles 1 MB adversarial texts', () => {
    const size = 1 << 20;
    const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const scanner = createScanner(builtinRules);
    const keywords = [...new Set(builtinRules.flatMap((r) => r.keywords))];
    const texts = [
      fill(keywords.join('')),
      fill(keywords.map((k) => `${k}="${b64.slice(0, 24)}`).join(' ')),
      fill(keywords.map((k) => `${k}=${b64}`).join('\n')),
      fill(`-----BEGIN OPENSSH PRIVATE KEY-----\n${b64}\n`),
      // Assembled so that this file itself does not contain the insecure patterns.
      fill(`${'console'}.log(${'apiKey'}, ${'"a", '.repeat(50)}`),
      fill(`${'return'} {\n  key: ${'decryptedKey'}${'x'.repeat(40)},\n`),
    ];
    for (const [i, text] of texts.entries()) {
      const started = performance.now();
      scanner.scanText(text, 'adversarial.txt');
      const ms = performance.now() - started;
      assert.ok(ms < 5 * BOUND_MS, `scanner: text #${i} took ${ms.toFixed(0)} ms`);
    }
  });
});
