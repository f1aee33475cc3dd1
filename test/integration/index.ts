import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';

/**
 * The module VS Code loads as `extensionTestsPath`: it runs inside the real extension host, next to
 * the extension under test. test/host bundles it (with mocha) and every `*.test.ts` beside it into
 * out/integration/; VS Code awaits `run()` and reports exit code 1 when it rejects.
 *
 * KEYWARD_TEST_FILES (path-delimited bundled files) narrows the run to the files of one fixture
 * workspace; without it every bundled test file beside this one runs. KEYWARD_TEST_REPORT_PREFIX
 * marks each line of mocha's report, so that code-server's runner can tell it apart from the
 * workbench's own console chatter, which reaches it through the same channel.
 */
export async function run(): Promise<void> {
  const prefix = process.env.KEYWARD_TEST_REPORT_PREFIX;
  // Every built-in reporter prints through Base.consoleLog.
  if (prefix) Mocha.reporters.Base.consoleLog = (...data: unknown[]) => console.log(prefix + format(...data));
  // No colours: CI sums the plain "N passing" / "N failing" lines of this output.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  const files = testFiles();
  if (files.length === 0) throw new Error(`No integration test files found next to ${__dirname}.`);
  for (const file of files) mocha.addFile(file);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed.`);
}

function testFiles(): string[] {
  const chosen = process.env.KEYWARD_TEST_FILES;
  if (chosen) return chosen.split(path.delimiter).filter(Boolean);
  return readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.js$/.test(file))
    .sort()
    .map((file) => path.join(__dirname, file));
}
