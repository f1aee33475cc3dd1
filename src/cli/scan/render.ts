// Turns a finished scan into the requested report and puts it where the user asked.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KeywardError } from '../../core/errors';
import { formatJson } from '../../core/scan/report/json';
import { formatSarif } from '../../core/scan/report/sarif';
import type { ScanSummary } from '../../core/scan/report/summary';
import { formatSummary, formatText } from '../../core/scan/report/text';
import type { RepositoryIdentity } from '../../core/scan/sources/git/repository';
import type { SkippedFile } from '../../core/scan/sources/skip';
import type { Finding, Rule } from '../../core/scan/types';
import type { CliIO } from '../io';
import type { ScanOptions } from './options';
import { KEYWARD_INFORMATION_URI, KEYWARD_VERSION } from './version';

export interface RenderInput {
  findings: readonly Finding[];
  summary: ScanSummary;
  rules: readonly Rule[];
  root: string;
  /** Every path left out (the JSON report lists them all). */
  skipped: readonly SkippedFile[];
  /** The paths text and SARIF name: every skip of a staged scan, the unreadable otherwise. */
  notScanned: readonly SkippedFile[];
  /** False when the scan fails closed on an unreadable path. */
  executionSuccessful: boolean;
  /** A history scan's repository, for SARIF's versionControlProvenance. */
  repository?: RepositoryIdentity;
}

/** https://no-color.org: any non-empty NO_COLOR disables colour; so does a pipe or a file. */
export function wantsColor(io: CliIO): boolean {
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
}

export function renderReport(input: RenderInput, options: ScanOptions, io: CliIO): void {
  const report = format(input, options, io);
  if (!options.output) {
    io.stdout.write(report);
    return;
  }
  try {
    mkdirSync(path.dirname(options.output), { recursive: true });
    writeFileSync(options.output, report);
  } catch (error) {
    throw new KeywardError(
      `cannot write report ${options.output} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      'io',
    );
  }
  // The report went to a file; keep the terminal (or CI log) informed with the summary line.
  io.stdout.write(`${formatSummary(input.summary, { color: false })}\nReport written to ${options.output}\n`);
}

function format(input: RenderInput, options: ScanOptions, io: CliIO): string {
  switch (options.format) {
    case 'json':
      return formatJson(input.findings, input.summary, KEYWARD_VERSION, input.skipped);
    case 'sarif':
      return formatSarif({
        findings: input.findings,
        rules: input.rules,
        toolVersion: KEYWARD_VERSION,
        ...(KEYWARD_INFORMATION_URI && { informationUri: KEYWARD_INFORMATION_URI }),
        root: input.root,
        notScanned: input.notScanned,
        executionSuccessful: input.executionSuccessful,
        ...(input.repository && { repository: input.repository }),
      });
    case 'text':
      return formatText(input.findings, input.summary, {
        color: !options.output && wantsColor(io),
        notScanned: input.notScanned,
      });
  }
}
