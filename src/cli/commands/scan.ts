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
import { CONFIG_FILE, loadScanConfig, type ScanConfig } from '../../core/scan/config';
import { rulesFor } from '../../core/scan/extraRules';
import { failsScan, summarize } from '../../core/scan/report/summary';
import type { Finding } from '../../core/scan/types';
import { scanBuffers, scanWorkspace } from '../../core/scan/workspace';
import type { CliIO } from '../io';
import { gitToplevel, requireGitToplevel } from '../scan/git';
import { parseScanOptions, SCAN_USAGE, type ScanOptions } from '../scan/options';
import { renderReport } from '../scan/render';
import { commitAnyway } from '../scan/commitCheck';
import { readStaged } from '../scan/staged';

interface RawScan {
  findings: Finding[];
  filesScanned: number;
  bytesScanned: number;
  skipped: number;
}

export async function scan(args: string[], io: CliIO): Promise<number> {
  const options = parseScanOptions(args, io.cwd);
  if (options.help) {
    io.stdout.write(`${SCAN_USAGE}\n`);
    return 0;
  }
  const root = options.staged ? await requireGitToplevel(io.cwd, '--staged') : ((await gitToplevel(io.cwd)) ?? io.cwd);
  const config: ScanConfig = { ...loadScanConfig(root), ...(options.gitignore ? {} : { gitignore: false }) };
  // Built now, so that a config the rule set refuses fails before the scan.
  const rules = rulesFor(config, {}, path.join(root, CONFIG_FILE));
  const baselineFile = options.baseline ?? path.join(root, DEFAULT_BASELINE_PATH);
  if (options.baseline && !options.updateBaseline && !existsSync(baselineFile)) {
    throw new KeywardError(`baseline ${baselineFile} does not exist (create it with --update-baseline)`, 'usage');
  }
  // Read the baseline before scanning so a broken file fails fast.
  let baseline = options.updateBaseline ? undefined : readBaseline(baselineFile);

  const started = performance.now();
  const raw = options.staged ? await scanStaged(root, config, options) : await scanTree(root, config, options);
  const durationMs = performance.now() - started;

  if (options.updateBaseline) {
    baseline = baselineFrom(raw.findings);
    writeBaseline(baselineFile, baseline);
    io.stderr.write(
      `keyward: baseline ${path.relative(io.cwd, baselineFile) || baselineFile} now accepts ${baseline.findings.length} finding(s)\n`,
    );
  }
  const { findings, suppressed } = applyBaseline(raw.findings, baseline);
  const summary = summarize(findings, {
    filesScanned: raw.filesScanned,
    bytesScanned: raw.bytesScanned,
    durationMs,
    suppressed,
    skipped: raw.skipped,
  });
  renderReport({ findings, summary, rules, root }, options, io);
  if (!failsScan(findings)) return 0;
  return options.staged && (await commitAnyway(findings, root, io)) ? 0 : 1;
}

async function scanTree(root: string, config: ScanConfig, options: ScanOptions): Promise<RawScan> {
  const result = await scanWorkspace({ root, config, ...(options.paths.length > 0 && { paths: options.paths }) });
  return {
    findings: result.findings,
    filesScanned: result.filesScanned,
    bytesScanned: result.bytesScanned,
    skipped: result.skipped.length,
  };
}

async function scanStaged(root: string, config: ScanConfig, options: ScanOptions): Promise<RawScan> {
  const staged = await readStaged(root, config, options.paths);
  return {
    findings: scanBuffers(staged.files, config),
    filesScanned: staged.files.length,
    bytesScanned: staged.bytes,
    skipped: staged.skipped.length,
  };
}
