// `keyward scan`: scan the workspace (or the staged content) and report findings.
// Exit 0 when nothing at error/warning level remains after the baseline, 1 otherwise,
// 2 on any error (bad flag, bad config or baseline, unreadable path).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { KeywardError } from '../../core/errors';
import {
  applyBaseline,
  baselineFrom,
  DEFAULT_BASELINE_PATH,
  readBaseline,
  writeBaseline,
} from '../../core/scan/baseline';
import { loadScanConfig, rulesFor, type ScanConfig } from '../../core/scan/config';
import { failsScan, summarize } from '../../core/scan/report/summary';
import type { CliIO } from '../io';
import { gitToplevel, requireGitToplevel } from '../scan/git';
import { parseScanOptions, SCAN_USAGE } from '../scan/options';
import { renderReport } from '../scan/render';
import { scanStaged, scanTree } from '../scan/sources';

export async function scan(args: string[], io: CliIO): Promise<number> {
  const options = parseScanOptions(args, io.cwd);
  if (options.help) {
    io.stdout.write(`${SCAN_USAGE}\n`);
    return 0;
  }
  const root = options.staged ? await requireGitToplevel(io.cwd, '--staged') : ((await gitToplevel(io.cwd)) ?? io.cwd);
  const config: ScanConfig = { ...loadScanConfig(root), ...(options.gitignore ? {} : { gitignore: false }) };
  const baselineFile = options.baseline ?? path.join(root, DEFAULT_BASELINE_PATH);
  if (options.baseline && !options.updateBaseline && !existsSync(baselineFile)) {
    throw new KeywardError(`baseline ${baselineFile} does not exist (create it with --update-baseline)`, 'usage');
  }
  // Read the baseline before scanning so a broken file fails fast.
  let baseline = options.updateBaseline ? undefined : readBaseline(baselineFile);

  const started = performance.now();
  const raw = options.staged
    ? await scanStaged(root, config, options.paths)
    : await scanTree(root, config, options.paths);
  const durationMs = performance.now() - started;

  if (options.updateBaseline) {
    baseline = baselineFrom(raw.findings);
    writeBaseline(baselineFile, baseline);
    io.stderr.write(
      `keyward: baseline ${path.relative(io.cwd, baselineFile) || baselineFile} now accepts ${baseline.findings.length} finding(s)\n`,
    );
  }
  const { findings, suppressed } = applyBaseline(raw.findings, baseline);
  const unreadable = raw.skipped.filter((s) => s.reason === 'unreadable');
  // A path nobody read may hold anything: the pre-commit hook, and CI when asked, fail closed.
  const failClosed = unreadable.length > 0 && (options.staged || options.failOnSkipped || config.failOnSkipped);
  const summary = summarize(findings, {
    filesScanned: raw.filesScanned,
    bytesScanned: raw.bytesScanned,
    durationMs,
    suppressed,
    skipped: raw.skipped.length,
    unreadable: unreadable.length,
  });
  renderReport(
    {
      findings,
      summary,
      rules: rulesFor(config),
      root,
      skipped: raw.skipped,
      notScanned: options.staged ? raw.skipped : unreadable,
      executionSuccessful: !failClosed,
    },
    options,
    io,
  );
  if (failClosed) {
    const names = unreadable.map((s) => s.file).join(', ');
    const why = options.staged ? 'a commit must not carry content nobody checked' : 'fail-on-skipped is set';
    io.stderr.write(
      `keyward: could not read ${unreadable.length === 1 ? 'a path' : `${unreadable.length} paths`} (${names}); ${why}\n`,
    );
    return 2;
  }
  return failsScan(findings) ? 1 : 0;
}
