// Files generated from the sources and committed, because they ship in the VSIX or users read them
// on GitHub. `npm run generate` (also part of `npm run build`) rewrites them; `npm run
// generate:check` (part of `npm test`) rewrites them and fails if that changed the committed copy,
// so a rule changed without its reference is caught. To add a generated file, add an entry below.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES_DOC_PATH, renderRulesDoc } from '../src/core/fixes/rulesDoc';
import { builtinRules } from '../src/core/scan/rules';

interface GeneratedFile {
  /** Relative to the repository root. */
  file: string;
  render: () => string | Promise<string>;
}

const GENERATED: GeneratedFile[] = [{ file: RULES_DOC_PATH, render: () => renderRulesDoc(builtinRules).text }];

const ROOT = path.resolve(__dirname, '..');

async function generate(): Promise<string[]> {
  const changed: string[] = [];
  for (const { file, render } of GENERATED) {
    const target = path.join(ROOT, file);
    const text = await render();
    if (readIfExists(target) === text) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    changed.push(file);
  }
  return changed;
}

/** The committed copies, compared as gitleaks compares its generated config: regenerate, then git diff. */
function uncommitted(): string[] {
  const files = GENERATED.map((g) => g.file);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const tracked = new Set(git('ls-files', '-z', '--', ...files).split('\0'));
  const modified = git('diff', '--name-only', '-z', '--', ...files).split('\0');
  return files.filter((file) => !tracked.has(file) || modified.includes(file));
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const changed = await generate();
  for (const file of changed) console.log(`generated ${file}`);
  if (!process.argv.includes('--check')) return 0;
  const stale = uncommitted();
  if (stale.length === 0) return 0;
  console.error(`Generated files differ from the committed copies: ${stale.join(', ')}.`);
  console.error('Run `npm run generate` and commit the result.');
  execFileSync('git', ['--no-pager', 'diff', '--', ...stale], { cwd: ROOT, stdio: 'inherit' });
  return 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
