// `npm run test:vscode [-- FILTER...]`: the same suites as test:host, in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code (it cannot be fetched on ours).
// Same bundles, same fixture workspaces and environment (see test/host/runHost.ts); one VS Code per workspace.
// On a Linux machine without a display, run it under xvfb-run.
import { runTests } from '@vscode/test-electron';
import path from 'node:path';
import { outDir, planRuns } from './plan';
import { prepareWorkspace } from './workspace';
import { exitWith } from './exitWith';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..', '..');
  let failed = 0;
  for (const run of await planRuns(root, process.argv.slice(2))) {
    const workspace = await prepareWorkspace(root, run.workspace);
    try {
      await runTests({
        version: process.env.KEYWARD_VSCODE_VERSION ?? 'stable',
        extensionDevelopmentPath: root,
        extensionTestsPath: path.join(outDir(root), 'index.js'),
        extensionTestsEnv: { ...workspace.env, KEYWARD_TEST_FILES: run.files.join(path.delimiter) },
        // No other extensions, no trust prompt (unless the fixture asks for Restricted Mode), no welcome page.
        launchArgs: [
          workspace.open,
          '--disable-extensions',
          ...(workspace.trusted ? ['--disable-workspace-trust'] : []),
          '--skip-welcome',
        ],
      });
    } catch (error) {
      console.error(`VS Code run for workspace ${run.workspace} failed: ${(error as Error).message}`);
      failed++;
    } finally {
      workspace.dispose();
    }
  }
  return failed === 0 ? 0 : 1;
}

exitWith(main);
