// Full-scan benchmark: `keyward scan DIR` as a user runs it (a whole process: start-up, listing,
// worker threads, the JSON report) against single-threaded ripgrep searching the rules' keyword
// union over the same directory, in interleaved rounds of the same run so that a machine shared
// with other jobs slows both alike. Two ripgrep references (see keywordLists): `-F -i` with the
// keywords as written, the literal reading of "the keyword union", slow with a thousand keywords,
// which flatters Keyward; and `-F` with them in three cases, nearly the same hits at ripgrep's full
// speed: the demanding reference, the one the goal is read against.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Rule } from '../../src/core/scan/types';
import { keywordLists } from '../fixtures/cli-scan/benchPeers';
import { timedShell, type ShellRun } from '../fixtures/cli-scan/benchShell';

const ROUNDS = Number(process.env.KEYWARD_BENCH_ROUNDS ?? 5);
const CLI = path.resolve(__dirname, '../../dist/cli.js');
const RG = 'rg --no-config -j1 --no-ignore --hidden --count-matches --no-filename';

interface Contender {
  label: string;
  script: string;
  args: string[];
  runs: ShellRun[];
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const seconds = (ms: number) => (ms / 1000).toFixed(2);

export function runFullScanBench(
  corpusDir: string,
  work: string,
  rules: readonly Rule[],
  log: (line: string) => void,
): void {
  if (!existsSync(CLI)) {
    log('scan: dist/cli.js is missing, so the full-scan comparison is skipped (npm run bench builds it)');
    return;
  }
  const lists = keywordLists(rules);
  const asWritten = path.join(work, 'keywords.txt');
  writeFileSync(asWritten, `${lists.asWritten.join('\n')}\n`);
  const threeCases = path.join(work, 'keywords-3-cases.txt');
  writeFileSync(threeCases, `${lists.threeCases.join('\n')}\n`);
  const report = path.join(work, 'full-scan.json');

  const keyward: Contender = {
    label: 'keyward scan DIR (whole process)',
    script: 'node "$1" scan "$2" --format json --output "$3" > /dev/null 2>&1',
    args: [CLI, corpusDir, report],
    runs: [],
  };
  // The first run after an install or upgrade compiles the bundle (see src/cli/codeCache.ts).
  const keywardCold: Contender = {
    label: 'the same without the code cache',
    script: `NODE_DISABLE_COMPILE_CACHE=1 ${keyward.script}`,
    args: keyward.args,
    runs: [],
  };
  const rgInsensitive: Contender = {
    label: `rg -j1 -F -i, ${lists.asWritten.length} keywords`,
    script: `${RG} -F -i -f "$1" "$2" > /dev/null`,
    args: [asWritten, corpusDir],
    runs: [],
  };
  const rgCases: Contender = {
    label: `rg -j1 -F, ${lists.threeCases.length} keywords in 3 cases`,
    script: `${RG} -F -f "$1" "$2" > /dev/null`,
    args: [threeCases, corpusDir],
    runs: [],
  };
  const contenders = [keyward, keywardCold, rgInsensitive, rgCases];
  // One untimed round: the page cache, Keyward's salt file (created on its first JSON report) and code cache.
  for (const c of contenders) timedShell(c.script, c.args, work);
  for (let round = 0; round < ROUNDS; round++)
    for (const c of contenders) c.runs.push(timedShell(c.script, c.args, work));

  log(`scan: full scan of the corpus, ${ROUNDS} interleaved rounds (min / median wall, median CPU):`);
  for (const c of contenders) {
    const wall = c.runs.map((r) => r.ms);
    log(
      `scan:   ${c.label.padEnd(40)} ${seconds(Math.min(...wall))} / ${seconds(median(wall))} s wall, ${seconds(median(c.runs.map((r) => r.cpuMs)))} s CPU`,
    );
  }
  // Per round, so that a burst of load elsewhere weighs on both sides of a ratio.
  const ratio = (peer: Contender, ours = keyward) => median(ours.runs.map((r, i) => r.ms / peer.runs[i].ms)).toFixed(2);
  log(
    `scan: ratio keyward full scan / rg -j1 wall time (median of rounds) = ${ratio(rgCases)}x vs the 3-case literals (goal <= 3), ${ratio(rgInsensitive)}x vs -F -i; ${ratio(rgCases, keywardCold)}x without the code cache`,
  );
}
