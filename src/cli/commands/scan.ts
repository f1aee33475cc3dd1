// `keyward scan`: scan the working tree, the staged content or git history, and report findings.
// Exit 0 when nothing at error/warning level remains after the baseline, 1 otherwise,
// 2 on any error (bad flag, bad config or baseline, a path that must be read and cannot be).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { KeywardError } from '../../core/errors';
import {
  acceptAlso,
  applyBaseline,
  baselineFrom,
  DEFAULT_BASELINE_PATH,
  readBaseline,
  rekeyBaseline,
  writeBaseline,
} from '../../core/scan/baseline';
import type { FingerprintOptions } from '../../core/scan/fingerprint';
import { CONFIG_FILE, loadScanConfig, type ScanConfig } from '../../core/scan/config';
import { rulesFor } from '../../core/scan/extraRules';
import { printable } from '../../core/scan/report/printable';
import { failsScan, summarize } from '../../core/scan/report/summary';
import { CONFIDENCES, type Confidence, type Finding } from '../../core/scan/types';
import type { CliIO } from '../io';
import { fingerprinting, warnUnkeyed } from '../scan/fingerprints';
import { parseScanOptions, SCAN_USAGE, type ScanOptions } from '../scan/options';
import { renderReport } from '../scan/render';
import { commitAnyway } from '../scan/commitCheck';
import { resolveScanRoot } from '../scan/root';
import { type RawScan, scanHistoryOf, scanStaged, scanTree } from '../scan/sources';

export async function scan(args: string[], io: CliIO): Promise<number> {
  const options = parseScanOptions(args, io.cwd);
  if (options.help) {
    io.stdout.write(`${SCAN_USAGE}\n`);
    return 0;
  }
  const gitMode = options.staged ? '--staged' : options.history ? '--history' : undefined;
  const { root, paths } = await resolveScanRoot(options.paths, io.cwd, { ...options, ...(gitMode && { gitMode }) });
  const config: ScanConfig = { ...loadScanConfig(root), ...(options.gitignore ? {} : { gitignore: false }) };
  // Built now, so that a config the rule set refuses fails before the scan.
  const rules = rulesFor(config, {}, path.join(root, CONFIG_FILE));
  const baselineFile = options.baseline ?? path.join(root, DEFAULT_BASELINE_PATH);
  if ((options.baseline || options.rekeyBaseline) && !options.updateBaseline && !existsSync(baselineFile)) {
    throw new KeywardError(`baseline ${baselineFile} does not exist (create it with --update-baseline)`, 'usage');
  }
  // Read the baseline before scanning so a broken file fails fast. A full --update-baseline
  // replaces it (so it can repair a broken one); a history update adds to it.
  let baseline = options.updateBaseline && !options.history ? undefined : readBaseline(baselineFile);
  const { salt, fingerprints } = fingerprinting(root, options, baseline, baselineFile, io);

  const started = performance.now();
  const scanned = await read(root, config, { ...options, paths }, fingerprints);
  // --min-confidence filters what is reported, never what a baseline accepts or re-keys.
  const raw = { ...scanned, findings: atLeast(scanned.findings, options.minConfidence) };
  const durationMs = performance.now() - started;

  const shown = path.relative(io.cwd, baselineFile) || baselineFile;
  if (options.updateBaseline) {
    baseline = options.history ? acceptAlso(baseline, scanned.findings, salt) : baselineFrom(scanned.findings, salt);
    writeBaseline(baselineFile, baseline);
    io.stderr.write(`keyward: baseline ${shown} now accepts ${baseline.findings.length} finding(s)\n`);
  } else if (options.rekeyBaseline && baseline) {
    const rekeyed = rekeyBaseline(baseline, scanned.findings, salt);
    baseline = rekeyed.baseline;
    writeBaseline(baselineFile, baseline);
    io.stderr.write(
      `keyward: baseline ${shown}: ${rekeyed.rekeyed} unkeyed fingerprint(s) re-keyed with the repository's salt` +
        (rekeyed.dropped ? `; ${rekeyed.dropped} matched nothing any more and were dropped` : '') +
        '\n',
    );
  } else warnUnkeyed(baseline, baselineFile, io);
  const { findings, suppressed } = applyBaseline(raw.findings, baseline);
  const unreadable = raw.skipped.filter((s) => s.reason === 'unreadable');
  // A path nobody read may hold anything: the pre-commit hook, and CI when asked, fail closed.
  const failClosed = unreadable.length > 0 && (options.staged || options.failOnSkipped || config.failOnSkipped);
  const summary = summarize(findings, {
    filesScanned: raw.filesScanned,
    bytesScanned: raw.bytesScanned,
    durationMs,
    suppressed,
    skipped: raw.skippedCount,
    unreadable: unreadable.length,
    ...(raw.commitsScanned !== undefined && { commitsScanned: raw.commitsScanned }),
  });
  renderReport(
    {
      findings,
      summary,
      rules,
      root,
      skipped: raw.skipped,
      notScanned: options.staged ? raw.skipped : unreadable,
      executionSuccessful: !failClosed,
      ...(raw.repository && { repository: raw.repository }),
    },
    options,
    io,
  );
  if (failClosed) {
    const names = unreadable.map((s) => printable(s.file)).join(', ');
    const why = options.staged ? 'a commit must not carry content nobody checked' : 'fail-on-skipped is set';
    const what = unreadable.length === 1 ? 'a path' : `${unreadable.length} paths`;
    io.stderr.write(`keyward: could not read ${what} (${names}); ${why}\n`);
    return 2;
  }
  if (!failsScan(findings)) return 0;
  return options.staged && (await commitAnyway(findings, root, io)) ? 0 : 1;
}

/** Findings at `min` confidence or above (CONFIDENCES is ordered low to high). */
function atLeast(findings: Finding[], min: Confidence): Finding[] {
  const floor = CONFIDENCES.indexOf(min);
  return findings.filter((f) => CONFIDENCES.indexOf(f.confidence) >= floor);
}

function read(
  root: string,
  config: ScanConfig,
  options: ScanOptions,
  fingerprints: FingerprintOptions,
): Promise<RawScan> {
  if (options.history) return scanHistoryOf(root, config, options.history, options.paths, fingerprints);
  if (options.staged) return scanStaged(root, config, options.paths, fingerprints);
  return scanTree(root, config, options.paths, fingerprints);
}
