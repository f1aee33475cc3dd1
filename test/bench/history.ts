// History-scan benchmark: a generated 50,000-commit repository (git fast-import), scanned by
// `keyward scan --history` next to `git log -p` alone and `git log -p | rg -f <the rules'
// keywords>` in the same run. Also shows that Keyward's memory does not grow with history
// length: peak RSS over the newest tenth of the history against the whole of it.
// Run alone with `npx tsx test/bench/history.ts` (after a build), or through `npm run bench`.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { JsonReport } from '../../src/core/scan/report/json';
import { builtinRules } from '../../src/core/scan/rules/index';
import { keywordLists, ripgrepAvailable, ripgrepPatterns, ripgrepRegexesWanted } from '../fixtures/cli-scan/benchPeers';
import { timedShell as shell } from '../fixtures/cli-scan/benchShell';
import { writeHistoryRepo } from '../fixtures/cli-scan/historyRepo';

const COMMITS = Number(process.env.KEYWARD_BENCH_COMMITS ?? 50_000);
const CLI = path.resolve(__dirname, '../../dist/cli.js');
const MAX_RSS = path.resolve(__dirname, '../fixtures/cli-scan/reportMaxRss.cjs');

const mbps = (bytes: number, ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);

export async function runHistoryBench(log: (line: string) => void = console.log): Promise<void> {
  if (!existsSync(CLI)) {
    log('history: dist/cli.js is missing; run npm run build (npm run bench builds it)');
    return;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'keyward-bench-history-'));
  try {
    const repo = path.join(work, 'repo');
    const started = performance.now();
    const built = await writeHistoryRepo(repo, COMMITS);
    log(
      `history: generated ${built.commits} commits with git fast-import in ${((performance.now() - started) / 1000).toFixed(1)} s; ${built.secrets} secrets added and later deleted`,
    );

    const keyward = (range: string[]) => {
      const run = shell(
        `node -r "$1" "$2" scan --history --format json --output "$3" ${range.join(' ')}`,
        [MAX_RSS, CLI, path.join(work, 'report.json')],
        repo,
      );
      const report = JSON.parse(readFileSync(path.join(work, 'report.json'), 'utf8')) as JsonReport;
      const rssKb = Number(/keyward-bench-maxrss-kb (\d+)/.exec(run.stderr)?.[1]);
      return { ...run, report, rssMb: rssKb / 1024 };
    };
    const full = keyward([]);
    const bytes = full.report.summary.bytesScanned;
    const found = full.report.findings.filter((f) => f.category === 'secret').length;
    log(
      `history: keyward scan --history      ${mbps(bytes, full.ms)} MB/s wall, ${mbps(bytes, full.cpuMs)} MB/s CPU (git + node) over ${(bytes / 1e6).toFixed(1)} MB of patch text; ${(full.ms / 1000).toFixed(1)} s, ${full.report.summary.commitsScanned} commits, ${found} secrets found of ${built.secrets} planted, peak RSS ${full.rssMb.toFixed(0)} MB`,
    );
    // git log -p's own output (what ripgrep reads) is a little larger than Keyward's patch text.
    const gitOnly = shell('git log -p | wc -c', [], repo);
    const gitBytes = Number(gitOnly.stdout.trim());
    log(
      `history: git log -p alone             ${mbps(gitBytes, gitOnly.ms)} MB/s wall, ${mbps(gitBytes, gitOnly.cpuMs)} MB/s CPU (${(gitBytes / 1e6).toFixed(1)} MB)`,
    );
    if (ripgrepAvailable()) {
      const { asWritten, threeCases } = keywordLists(builtinRules);
      const rgRun = (label: string, flags: string, lines: readonly string[]) => {
        const file = path.join(work, `${label.replace(/\W+/g, '-')}.txt`);
        writeFileSync(file, `${lines.join('\n')}\n`);
        const rg = shell(`git log -p | rg --no-config -j1 ${flags} --count -f "$1"`, [file], repo);
        log(
          `history: git log -p | rg -f ${label.padEnd(19)} ${mbps(gitBytes, rg.ms)} MB/s wall, ${mbps(gitBytes, rg.cpuMs)} MB/s CPU (${lines.length} patterns; ${rg.stdout.trim()} matching lines)`,
        );
        log(
          `history: ratio keyward / (git log -p | rg -f ${label}) = ${(full.ms / rg.ms).toFixed(2)}x wall, ${(full.cpuMs / rg.cpuMs).toFixed(2)}x CPU`,
        );
      };
      // The rules' keywords as literals (see keywordLists), and on request the rules' regexes.
      rgRun('3-case keywords', '-F', threeCases);
      rgRun('keywords -i', '-F -i', asWritten);
      if (ripgrepRegexesWanted)
        rgRun('rule regexes', '--regex-size-limit 2G --dfa-size-limit 2G', ripgrepPatterns(builtinRules).patterns);
    } else {
      log(
        'history: rg (ripgrep) is not installed, so the git log -p | rg comparison is skipped (Debian: apt-get install ripgrep)',
      );
    }
    const tenth = Math.floor(COMMITS / 10);
    const part = keyward([`HEAD~${tenth}..HEAD`]);
    log(
      `history: peak RSS ${part.rssMb.toFixed(0)} MB over the newest ${part.report.summary.commitsScanned} commits, ${full.rssMb.toFixed(0)} MB over all ${full.report.summary.commitsScanned}: ${(full.rssMb / part.rssMb).toFixed(2)}x for ${(full.report.summary.commitsScanned! / part.report.summary.commitsScanned!).toFixed(0)}x the history (goal: about 1x)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runHistoryBench().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
