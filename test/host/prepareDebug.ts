// `npm run test:prepare-debug`, the preLaunchTask of the "Extension Tests" launch configuration
// (.vscode/launch.json), which runs test/integration in the desktop VS Code you debug from instead
// of code-server. Prepares what test/host/runHost.ts prepares per session, at fixed paths the launch
// configuration can name: the bundles in out/integration/, each fixture workspace in
// out/debug/<workspace>/, and next to what VS Code opens (the folder, or the fixture's
// .code-workspace file) a `.env` file with the environment its suites read.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { exitWith } from './exitWith';
import { planRuns } from './plan';
import { prepareWorkspace } from './workspace';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..', '..');
  const debugDir = path.join(root, 'out', 'debug');
  for (const run of await planRuns(root, process.argv.slice(2))) {
    const folder = path.join(debugDir, run.workspace);
    const { env, open } = await prepareWorkspace(root, run.workspace, folder);
    const lines = Object.entries({ ...env, KEYWARD_TEST_FILES: run.files.join(path.delimiter) }).map(
      ([name, value]) => `${name}=${value}`,
    );
    writeFileSync(`${open}.env`, `${lines.join('\n')}\n`, { mode: 0o600 });
    console.log(`prepared ${path.relative(root, open)} for ${run.files.length} test file(s)`);
  }
  return 0;
}

exitWith(main);
