import { KeyNameSchema, SecretValueSchema } from '../vault/inputs';
import { checkProvider } from '../vault/providerCheck';
import type { Vault } from '../vault/vault';
import { readEnvFile, type EnvFile } from './envFile';
import { envExample, envWithout, type EnvExample, type RemainingEnv } from './envRewrite';

/** What became of one name of the .env file. */
export type ImportOutcome =
  | 'stored' // new in the vault, read back from disk
  | 'already-stored' // the vault already held this very value
  | 'conflict' // the vault holds another value under this name: nothing was changed
  | 'invalid-name' // not an environment variable name (`my.api-key`)
  | 'invalid-value' // empty, longer than 64 KiB, or with a NUL
  | 'unverified'; // stored, but reading it back did not give the same value

export interface EnvImport {
  file: EnvFile;
  outcomes: Map<string, ImportOutcome>;
  /** name -> value for the names whose value is proven to be in the vault file. */
  verified: Map<string, string>;
}

/**
 * Stores every new name of a .env file in one save (all or none), then reads the vault file back
 * and decrypts each value to prove it is there. Names the vault already holds with another value
 * are left alone; nothing of the .env file is touched here.
 */
export async function importEnv(
  vault: Vault,
  text: string,
  { source, environment }: { source: string; environment?: string },
): Promise<EnvImport> {
  const file = readEnvFile(text);
  const outcomes = new Map<string, ImportOutcome>();
  const fresh: { name: string; value: string }[] = [];
  for (const [name, value] of file.values) {
    if (!KeyNameSchema.safeParse(name).success) outcomes.set(name, 'invalid-name');
    else if (!SecretValueSchema.safeParse(value).success) outcomes.set(name, 'invalid-value');
    else {
      const held = vault.compareCurrent(name, value);
      outcomes.set(name, held === 'same' ? 'already-stored' : held === 'different' ? 'conflict' : 'stored');
      if (held === 'absent') fresh.push({ name, value });
    }
  }
  if (fresh.length > 0) {
    await vault.addMany(
      fresh.map((e) => ({ ...e, environment, provider: checkProvider(e.value).provider })),
      { importedFrom: source },
    );
  }
  const claimed = [...file.values].filter(([name]) => ['stored', 'already-stored'].includes(outcomes.get(name)!));
  const failed = new Set(vault.verifyOnDisk(claimed.map(([name, value]) => ({ name, value }))));
  for (const name of failed) outcomes.set(name, 'unverified');
  return { file, outcomes, verified: new Map(claimed.filter(([name]) => !failed.has(name))) };
}

export type EnvRewrite = { example: EnvExample; remaining: RemainingEnv } | { refused: string };

/**
 * The `.env.example` and what stays of the .env file after an import: only values proven to be
 * in the vault leave the file. Refused (nothing should be rewritten) when this reading of the file
 * disagrees with dotenv's, or when a check finds a value where none may be.
 */
export function rewriteAfterImport({ file, verified }: EnvImport): EnvRewrite {
  if (!file.consistent)
    return { refused: 'this file uses a construct Keyward cannot rewrite safely; remove the values by hand' };
  const example = envExample(file);
  const remaining = envWithout(file, verified);
  const values = [...new Set(file.entries.map((e) => e.value))].filter((v) => v.length >= 6);
  if (values.some((v) => example.text.includes(v))) return { refused: 'the .env.example would still hold a value' };
  const stillThere = readEnvFile(remaining.text ?? '');
  for (const [name, value] of file.values) {
    const gone = verified.get(name) === value;
    if (!gone && stillThere.values.get(name) !== value) return { refused: `rewriting would lose ${name}` };
  }
  const keptValues = new Set(stillThere.entries.map((e) => e.value));
  if ([...verified.values()].some((v) => v.length >= 6 && !keptValues.has(v) && (remaining.text ?? '').includes(v)))
    return { refused: 'the rewritten file would still hold an imported value' };
  return { example, remaining };
}

/** One line per kind of outcome, for the CLI and the notification. */
export function describeImport({ outcomes }: EnvImport, source: string): string[] {
  const names = (kind: ImportOutcome) => [...outcomes].filter(([, o]) => o === kind).map(([n]) => n);
  const lines: string[] = [];
  const add = (kind: ImportOutcome, text: (list: string) => string) => {
    const list = names(kind);
    if (list.length) lines.push(text(list.join(', ')));
  };
  add('stored', (l) => `Imported from ${source} and verified: ${l}.`);
  add('already-stored', (l) => `Already in the vault with the same value: ${l}.`);
  add('conflict', (l) => `Left in ${source}: the vault holds another value for ${l}; rotate the key to replace it.`);
  add('invalid-name', (l) => `Left in ${source}: ${l} cannot be a key name (letters, digits and _ only).`);
  add('invalid-value', (l) => `Left in ${source}: ${l} has an empty, NUL-containing or over-64-KiB value.`);
  add('unverified', (l) => `Reading back failed for ${l}: they stay in ${source}.`);
  return lines;
}
