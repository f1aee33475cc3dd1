import { createScanner, type Scanner } from '../scan/engine';
import { builtinRules } from '../scan/rules/index';
import type { EnvFile } from './envFile';

/** A commented-out assignment, e.g. `# STRIPE_KEY=sk_live_...`: the name is kept, never the value. */
const COMMENTED_ASSIGNMENT = /^(\s*#+\s*)(?:export\s+)?([\w.-]+)\s*[=:]/;

export interface EnvExample {
  text: string;
  /** Lines left out because they were neither assignments nor clean comments (they may hold a value). */
  droppedLines: number;
}

let scanner: Scanner | undefined;

/** Whether the built-in rules see a secret in `line` (a comment that quotes a key, say). */
function holdsSecret(line: string): boolean {
  scanner ??= createScanner(builtinRules);
  return scanner.scanText(line, '.env').some((f) => f.category === 'secret');
}

/**
 * The file with every value removed: what a `.env.example` should be. Assignments keep their
 * name (and `export`), commented-out assignments too; blank lines and comments without a secret
 * stay; continuation lines of multi-line values, stray text and comments holding a secret go.
 */
export function envExample(file: EnvFile): EnvExample {
  const byFirstLine = new Map(file.entries.map((e) => [e.firstLine, e]));
  const covered = coveredLines(file);
  const out: string[] = [];
  let droppedLines = 0;
  file.lines.forEach((line, i) => {
    const entry = byFirstLine.get(i);
    if (entry) out.push(`${entry.lead}${entry.name}=`);
    else if (covered.has(i)) return;
    else if (line.trim() === '') out.push(line);
    else if (COMMENTED_ASSIGNMENT.test(line))
      out.push(line.replace(new RegExp(`${COMMENTED_ASSIGNMENT.source}.*$`), '$1$2='));
    else if (/^\s*#/.test(line) && !holdsSecret(line)) out.push(line);
    else droppedLines++;
  });
  return { text: out.join('\n'), droppedLines };
}

export interface RemainingEnv {
  /** The file without the removed assignments; undefined when nothing worth keeping is left. */
  text: string | undefined;
  /** What stays, for the user: names still assigned, commented-out names, other lines. */
  keptNames: string[];
  keptCommented: number;
}

/**
 * The file without the assignments whose value now lives in the vault (`removed`: name -> the
 * value verified on disk). Everything else stays exactly as it was. When only blank lines and
 * comments without a value are left, the file can go entirely (`text` undefined).
 */
export function envWithout(file: EnvFile, removed: ReadonlyMap<string, string>): RemainingEnv {
  const drop = new Set<number>();
  for (const entry of file.entries) {
    if (removed.get(entry.name) !== entry.value) continue;
    for (let line = entry.firstLine; line <= entry.lastLine; line++) drop.add(line);
  }
  const kept = file.lines.filter((_, i) => !drop.has(i));
  const keptNames = [...new Set(file.entries.filter((e) => removed.get(e.name) !== e.value).map((e) => e.name))];
  const keptCommented = kept.filter((line) => COMMENTED_ASSIGNMENT.test(line)).length;
  const worthKeeping = kept.some(
    (line) => line.trim() !== '' && (!/^\s*#/.test(line) || COMMENTED_ASSIGNMENT.test(line) || holdsSecret(line)),
  );
  return { text: worthKeeping ? kept.join('\n') : undefined, keptNames, keptCommented };
}

function coveredLines(file: EnvFile): Set<number> {
  const covered = new Set<number>();
  for (const e of file.entries) for (let line = e.firstLine; line <= e.lastLine; line++) covered.add(line);
  return covered;
}
