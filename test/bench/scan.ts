// Scan benchmark: Keyward (one thread, then the worker-pool workspace scan) against
// secretlint's recommended preset and single-threaded ripgrep, on one synthetic corpus.
// Run alone with `npx tsx test/bench/scan.ts`, or through `npm run bench` (runScanBench).
// Throughput is printed for wall time and for CPU time; ratios use CPU time, which stays
// meaningful when other jobs share the machine.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultScanConfig } from '../../src/core/scan/config';
import { createScanner } from '../../src/core/scan/engine';
import { builtinRules } from '../../src/core/scan/rules/index';
import { scanWorkspace } from '../../src/core/scan/workspace';
import { runFullScanBench } from './fullScan';
import { seededRandom, TextGen, writeCorpus } from '../fixtures/cli-scan/benchCorpus';
import { logRuleCosts } from '../fixtures/cli-scan/benchRules';
import {
  cpuNow,
  keywordLists,
  ripgrepAvailable,
  ripgrepPatterns,
  ripgrepRegexesWanted,
  runRipgrep,
  runSecretlint,
  type PeerRun,
} from '../fixtures/cli-scan/benchPeers';

const CORPUS_BYTES = Number(process.env.KEYWARD_BENCH_MB ?? 50) * 1e6;
const SECRETLINT_BUDGET_MS = 20_000;
const BIG_FILE_LINES = 5_000;
const BIG_FILE_RUNS = 60;
/** KEYWARD_BENCH_RULES=N: also print the N costliest rules (time, windows, matches). */
const RULE_COSTS_TOP = Number(process.env.KEYWARD_BENCH_RULES ?? 0);

const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
const fmt = (n: number, digits = 1) => n.toFixed(digits);
const rates = (r: PeerRun) => `${fmt(mbps(r.bytes, r.ms))} MB/s wall, ${fmt(mbps(r.bytes, r.cpuMs))} MB/s CPU`;

function timed(bytes: number, fn: () => void): PeerRun {
  const started = performance.now();
  const cpuStarted = cpuNow();
  fn();
  return { bytes, ms: performance.now() - started, cpuMs: cpuNow() - cpuStarted };
}

export async function runScanBench(log: (line: string) => void = console.log): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'keyward-bench-'));
  try {
    const corpusDir = path.join(work, 'corpus');
    mkdirSync(corpusDir);
    const corpus = writeCorpus(corpusDir, CORPUS_BYTES);
    log(
      `scan: corpus ${fmt(corpus.bytes / 1e6)} MB in ${corpus.files.length} files, ${corpus.secrets} planted secrets; ${builtinRules.length} rules`,
    );

    // Keyward, one thread: read + scan each file in turn (what rg -j1 and secretlint do too).
    const scanner = createScanner(builtinRules);
    let findings = 0;
    const single = timed(corpus.bytes, () => {
      for (const file of corpus.files) findings += scanner.scanText(readFileSync(file, 'utf8'), file).length;
    });
    log(`scan: keyward single-thread   ${rates(single)} (read + scan, ${fmt(single.ms, 0)} ms, ${findings} findings)`);
    if (RULE_COSTS_TOP > 0)
      logRuleCosts(
        builtinRules,
        corpus.files.map((file) => readFileSync(file, 'utf8')),
        RULE_COSTS_TOP,
        log,
      );

    // The extension host's way (promise-based reads, every batch on workers). Run from source, its
    // workers load TypeScript through tsx, so their start is slower than the shipped bundle's; the
    // full-scan comparison below times the bundled CLI.
    const started = performance.now();
    const ws = await scanWorkspace({ root: corpusDir, config: defaultScanConfig() });
    const wsMs = performance.now() - started;
    log(
      `scan: keyward scanWorkspace   ${fmt(mbps(ws.bytesScanned, wsMs))} MB/s wall (${fmt(wsMs, 0)} ms incl. listing and start-up of ${ws.workersUsed} workers from source, ${ws.filesScanned} files, ${ws.findings.length} findings)`,
    );

    const sl = await runSecretlint(corpus.files, SECRETLINT_BUDGET_MS);
    log(`scan: secretlint (recommend)  ${rates(sl)}${sl.note ? ` (${sl.note})` : ''}`);
    log(
      `scan: ratio keyward single-thread / secretlint throughput (CPU) = ${fmt(sl.cpuMs / sl.bytes / (single.cpuMs / single.bytes))}x (goal >= 20x)`,
    );

    if (ripgrepAvailable()) {
      // The rules' keywords alone as literals: only the prefilter's share of the work, at ripgrep's
      // best (and, on request, the rules' regexes: the equivalent work, but see ripgrepRegexesWanted).
      const { asWritten, threeCases } = keywordLists(builtinRules);
      const references: [string, PeerRun & { matches: number }][] = [
        ['-F -i keywords', { ...runRipgrep(corpusDir, asWritten, work, '-F -i'), bytes: corpus.bytes }],
        ['-F 3-case keywords', { ...runRipgrep(corpusDir, threeCases, work, '-F'), bytes: corpus.bytes }],
      ];
      if (ripgrepRegexesWanted) {
        const { patterns, skipped } = ripgrepPatterns(builtinRules);
        log(`scan: (rule regexes for ripgrep: ${patterns.length}, lookarounds removed, ${skipped} rejected)`);
        references.push(['rule regexes', { ...runRipgrep(corpusDir, patterns, work), bytes: corpus.bytes }]);
      }
      for (const [label, rg] of references)
        log(`scan: ripgrep -j1 ${label.padEnd(18)} ${rates(rg)} (${rg.matches} matches)`);
      log(
        `scan: ratio keyward single-thread CPU / rg CPU = ${references.map(([label, rg]) => `${fmt(single.cpuMs / rg.cpuMs, 2)} vs ${label}`).join(', ')}`,
      );
      runFullScanBench(corpusDir, work, builtinRules, log);
    } else {
      log('scan: rg not installed, skipped');
    }

    const big = new TextGen(seededRandom(7));
    const lines = Array.from({ length: BIG_FILE_LINES }, (_, i) =>
      i % 500 === 250 ? big.secretLine() : big.line(big.pick(['ts', 'py', 'yml'])),
    );
    const text = `${lines.join('\n')}\n`;
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < BIG_FILE_RUNS + 5; i++) {
      const run = timed(text.length, () => scanner.scanText(text, 'big.ts'));
      // The first runs warm the JIT.
      if (i >= 5) {
        wall.push(run.ms);
        cpu.push(run.cpuMs);
      }
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
    log(
      `scan: one ${BIG_FILE_LINES}-line file (${fmt(text.length / 1024, 0)} KB): median ${fmt(median(wall), 2)} ms wall, ${fmt(median(cpu), 2)} ms CPU over ${BIG_FILE_RUNS} runs (goal < 5 ms)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runScanBench().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
