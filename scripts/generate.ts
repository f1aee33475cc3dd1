// Files generated from the sources and committed, because they ship in the VSIX or users read them
// on GitHub. `npm run generate` (also part of `npm run build`) rewrites them; `npm run
// generate:check` (part of `npm test`) rewrites them and fails if that changed the committed copy,
// so a rule changed without its reference is caught. To add a generated file, add an entry below.
import { getL10nJson } from '@vscode/l10n-dev';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES_DOC_PATH, renderRulesDoc } from '../src/core/fixes/rulesDoc';
import { builtinRules } from '../src/core/scan/rules';

interface GeneratedFile {
  /** Relative to the repository root. */
  file: string;
  render: () => string | Promise<string>;
}

const ROOT = path.resolve(__dirname, '..');

const GENERATED: GeneratedFile[] = [
  { file: RULES_DOC_PATH, render: () => renderRulesDoc(builtinRules).text },
  { file: 'l10n/bundle.l10n.json', render: l10nBundle },
];

/**
 * The runtime strings to translate: every `l10n.t('…')` in src/ (vscode.l10n in the extension, a
 * Localizer in the core), found by @vscode/l10n-dev as `npx @vscode/l10n-dev export` would.
 * @vscode/l10n-dev reads calls only in files that import vscode, which the core never does; for
 * those files it is given an import line, so it reads their `l10n.t('…')` calls the same way.
 */
const IMPORTS_VSCODE = /^import .* from 'vscode';$/m;

async function l10nBundle(): Promise<string> {
  const sources = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => readFileSync(path.join(ROOT, 'src', file), 'utf8'))
    .map((text) => (IMPORTS_VSCODE.test(text) ? text : `import * as vscode from 'vscode';\n${text}`))
    .map((contents) => ({ contents, extension: '.ts' }));
  return `${JSON.stringify(await getL10nJson(sources), null, 2)}\n`;
}

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
