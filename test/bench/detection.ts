// Detection benchmark: Keyward and secretlint (recommended preset) on data neither wrote, in
// the same run. Peer cases: recall and negatives reported on gitleaks' examples. Real code:
// alarms per 100 MB on the pinned third-party corpus of test/bench/realCode (fetched into
// ~/.cache/keyward-corpus on first use). Every Keyward alarm on real code is listed in
// test/bench/realCode/TRIAGE.md; a new one fails nothing here but is marked NEW in the printed
// list, to be triaged (or fixed) before the numbers are quoted, as is a reported gitleaks negative
// that argued-negatives.json does not argue for. Throughput on the real code is compared with
// the scanner at the baseline revision (baselineScanner.ts), in the same run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/core/scan/config';
import { createScanner } from '../../src/core/scan/engine';
import { builtinRules } from '../../src/core/scan/rules/index';
import { skipReasonForContent, skipReasonForName } from '../../src/core/scan/sources/skip';
import type { Finding } from '../../src/core/scan/types';
import { GITLEAKS_CASES, scorePeerCases } from '../support/peerCases';
import { baselineScanner, currentScanner, interleavedCpuMs } from './baselineScanner';
import { CORPUS_DIR, ensureCorpus, packageDir, readManifest } from './realCode/fetch';

type Linter = (text: string, file: string) => Promise<{ line: number; endLine: number }[]>;

async function secretlintLinter(): Promise<Linter> {
  const { lintSource } = await import('@secretlint/core');
  const { creator } = await import('@secretlint/secretlint-rule-preset-recommend');
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: creator }] };
  return async (content, filePath) => {
    const result = await lintSource({
      source: { filePath, content, contentType: 'text' },
      options: { config, maskSecrets: true },
    });
    // secretlint marks every rule run on the global performance timeline: 33,000 files overflow it.
    performance.clearMarks();
    performance.clearMeasures();
    return result.messages.map((m) => ({ line: m.loc.start.line, endLine: m.loc.end.line }));
  };
}

export async function runDetectionBench(log: (line: string) => void = console.log): Promise<void> {
  const scanner = createScanner(builtinRules);
  const secretlint = await secretlintLinter();

  const ours = scorePeerCases(GITLEAKS_CASES, (text, file) => scanner.scanText(text, file));
  const sarifCases = new Map<string, { line: number; endLine: number }[]>();
  const labels = JSON.parse(readFileSync(path.join(GITLEAKS_CASES, 'labels.json'), 'utf8')) as { path: string }[];
  for (const { path: file } of labels)
    sarifCases.set(file, await secretlint(readFileSync(path.join(GITLEAKS_CASES, 'tree', file), 'utf8'), file));
  const theirs = scorePeerCases(GITLEAKS_CASES, (_text, file) => (sarifCases.get(file) ?? []) as unknown as Finding[]);
  const peer = (s: typeof ours) =>
    `recall ${s.recallOnCredentials.toFixed(3)} on credentials (${s.recall.toFixed(3)} on all ${s.positives}), ` +
    `${s.reported}/${s.negatives} negatives reported (${(100 * s.negativesReported).toFixed(1)}%)`;
  log(`detection: gitleaks cases  keyward    ${peer(ours)}`);
  log(`detection: gitleaks cases  secretlint ${peer(theirs)}`);
  for (const alarm of ours.falseAlarms)
    log(
      `detection: gitleaks negative reported, ${ours.unargued.includes(alarm) ? 'NEW (not argued)' : 'argued'}: ${alarm}`,
    );

  const packages = ensureCorpus({ log });
  const files = packages.flatMap((pkg) => listFiles(packageDir(pkg)));
  let bytes = 0;
  const alarms: Finding[] = [];
  const started = performance.now();
  const texts: [string, string][] = [];
  for (const file of files) {
    const raw = readFileSync(file);
    const rel = path.relative(path.join(CORPUS_DIR, 'unpacked'), file);
    if (skipReasonForContent(rel, raw)) continue;
    const text = raw.toString('utf8');
    bytes += raw.length;
    texts.push([text, rel]);
    alarms.push(...scanner.scanText(text, rel));
  }
  const ms = performance.now() - started;
  let theirAlarms = 0;
  for (const [text, rel] of texts) theirAlarms += (await secretlint(text, rel)).length;
  const per100 = (n: number) => ((n * 1e8) / bytes).toFixed(1);
  const languages = [...new Set(packages.map((p) => p.language))].join(', ');
  log(
    `detection: real code ${(bytes / 1e6).toFixed(0)} MB in ${texts.length} files (${packages.length} pinned packages: ${languages})`,
  );
  log(
    `detection: real code  keyward    ${alarms.length} alarms, ${per100(alarms.length)} per 100 MB (${(ms / 1000).toFixed(1)} s)`,
  );
  log(`detection: real code  secretlint ${theirAlarms} alarms, ${per100(theirAlarms)} per 100 MB`);
  const triaged = triagedAlarms();
  const untriaged = alarms.filter((f) => !triaged.has(`${f.file}:${f.line} ${f.ruleId}`));
  for (const f of alarms) {
    const mark = untriaged.includes(f) ? 'NEW ' : '    ';
    log(`detection: ${mark}${f.confidence.padEnd(6)} ${f.ruleId}  ${f.file}:${f.line}`);
  }
  log(`detection: ${untriaged.length} alarm(s) not in test/bench/realCode/TRIAGE.md`);
  logThroughputAgainstBaseline(texts, bytes, log);
}

/** Scan throughput on the real code against the baseline revision's scanner (goal: at least 0.9 of it). */
function logThroughputAgainstBaseline(texts: [string, string][], bytes: number, log: (line: string) => void): void {
  const baseline = baselineScanner();
  if (typeof baseline === 'string') {
    log(`detection: throughput against the baseline revision ${baseline}`);
    return;
  }
  const current = currentScanner();
  const [ours, theirs] = interleavedCpuMs([current, baseline], texts);
  const rate = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  log(
    `detection: throughput on real code (CPU, one thread, files interleaved): keyward ${rate(ours)} MB/s ` +
      `(${current.rules} rules), ${baseline.label} ${rate(theirs)} MB/s (${baseline.rules} rules): ` +
      `ratio ${(theirs / ours).toFixed(2)} (goal >= 0.90)`,
  );
}

/** `package-folder/path:line rule` for each row of TRIAGE.md's table (package folders as unpacked). */
function triagedAlarms(): Set<string> {
  const folders = new Map(readManifest().packages.map((p) => [`${p.name} ${p.version}`, path.basename(packageDir(p))]));
  const rows = readFileSync(path.join(__dirname, 'realCode', 'TRIAGE.md'), 'utf8').matchAll(
    /^\| ([^|]+?) \| ([^|]+?:\d+) \| ([\w-]+) \|/gm,
  );
  return new Set([...rows].map(([, pkg, location, rule]) => `${folders.get(pkg) ?? pkg}/${location} ${rule}`));
}

/** Files the workspace scan would read: no dependency folders, lock files, binaries by name, or files over the size limit. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== '.git') out.push(...listFiles(full));
    } else if (entry.isFile() && !skipReasonForName(full) && statSync(full).size <= DEFAULT_MAX_FILE_BYTES)
      out.push(full);
  }
  return out;
}

// Run alone, exit explicitly as index.ts does: without it the process stayed alive, and busy,
// long after printing its last line.
if (require.main === module) {
  runDetectionBench().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
