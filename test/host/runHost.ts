// `npm run test:host [-- FILTER...]`: the integration tests inside a real VS Code extension host,
// offline, through code-server (VS Code 1.139.1) driven by headless Debian chromium.
//
// How it works (test/host/run.sh does setup + build, then this file):
//  1. plan.ts bundles test/integration/index.ts (the mocha entry) and each test/integration/**/*.test.ts
//     with esbuild into out/integration/. FILTERs keep only test files whose path contains one of them.
//  2. Each test file runs in a fixture workspace, named by a line `// @workspace NAME` (default `basic`):
//     test/fixtures/workspaces/NAME is copied to a temp folder per run (workspace.ts). Its `.vscode/settings.json`
//     carries extension settings; its `.fixture.json` may ask for a vault, created with a fresh master key
//     that the tests read from process.env.KEYWARD_TEST_MASTER_KEY (the copy's path: KEYWARD_TEST_WORKSPACE),
//     with `keys` planted in it (their values in KEYWARD_TEST_VALUES), name a `.code-workspace` file in the
//     copy to open instead of the folder (a multi-root workspace), or say `"trusted": false` to open it in
//     Restricted Mode (a second code-server, with workspace trust on, serves those).
//  3. One code-server serves every run; each workspace gets one host session in a fresh browser profile
//     (hostSession.ts): the workbench opens with extensionDevelopmentPath = this repo (dist/extension.js) and
//     extensionTestsPath = out/integration/index.js, prints mocha's spec output and reports an exit code.
// Exits 1 when any session fails or does not report within KEYWARD_HOST_TIMEOUT seconds (default 180).
import path from 'node:path';
import { startCodeServer, type CodeServer } from './codeServer';
import { runHostSession, type SessionOutcome } from './hostSession';
import { WORKSPACE_NEVER_LOADED } from './markers';
import { outDir, planRuns, type HostRun } from './plan';
import { prepareWorkspace } from './workspace';
import { exitWith } from './exitWith';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..', '..');
  const runs = await planRuns(root, process.argv.slice(2));
  // One code-server for trusted workspaces, and one with workspace trust on for those a fixture
  // asks to open in Restricted Mode; each starts on first use.
  const servers = new Map<boolean, Promise<CodeServer>>();
  const serverFor = (trusted: boolean) => {
    if (!servers.has(trusted)) servers.set(trusted, startCodeServer({ workspaceTrust: !trusted }));
    return servers.get(trusted)!;
  };
  let failed = 0;
  try {
    for (const run of runs) {
      const started = Date.now();
      console.log(
        `::: host session: workspace ${run.workspace}, ${run.files.map((file) => path.relative(root, file)).join(', ')}`,
      );
      let outcome = await runInFreshCopy(root, run, serverFor);
      if (outcome.workspaceNeverLoaded) {
        // Shown, but set apart so that CI's count of `N failing` lines leaves this attempt out.
        for (const line of outcome.report.join('\n').split('\n')) console.log(`(discarded attempt) ${line}`);
        console.log(`::: host session ${run.workspace}: ${WORKSPACE_NEVER_LOADED}; starting it once more`);
        outcome = await runInFreshCopy(root, run, serverFor);
      }
      for (const line of outcome.report) console.log(line);
      console.log(
        `::: host session ${run.workspace}: exit ${outcome.code} after ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      if (outcome.code !== 0) failed++;
    }
  } finally {
    for (const server of servers.values()) await (await server).stop();
  }
  return failed === 0 ? 0 : 1;
}

/** One session of `run` in a fresh copy of its fixture workspace, removed afterwards. */
async function runInFreshCopy(
  root: string,
  run: HostRun,
  serverFor: (trusted: boolean) => Promise<CodeServer>,
): Promise<SessionOutcome> {
  const workspace = await prepareWorkspace(root, run.workspace);
  try {
    const server = await serverFor(workspace.trusted);
    return await runHostSession({
      base: server.base,
      open: workspace.open,
      extensionPath: root,
      testsPath: path.join(outDir(root), 'index.js'),
      env: { ...workspace.env, KEYWARD_TEST_FILES: run.files.join(path.delimiter) },
      timeoutMs: Number(process.env.KEYWARD_HOST_TIMEOUT ?? 180) * 1000,
      screenshotDir: path.join(root, 'test-results', 'host'),
    });
  } finally {
    workspace.dispose();
  }
}

exitWith(main);
