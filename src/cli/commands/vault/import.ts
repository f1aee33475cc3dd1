import { rmSync } from 'node:fs';
import path from 'node:path';
import { describeImport, importEnv, rewriteAfterImport } from '../../../core/dotenv/importEnv';
import { KeywardError } from '../../../core/errors';
import { readRegularFile, SIZE_LIMITS } from '../../../core/files/regularFile';
import { writeFileAtomically } from '../../../core/files/writeFile';
import { parseFlags } from '../../flags';
import type { CliIO } from '../../io';
import { openVault } from './context';

const USAGE = `Usage: keyward vault import FILE [--env E] [--replace] [--vault PATH]
Stores every new NAME=value of a .env file in the vault (in one save), then reads each back.
--replace then removes from FILE only the values proven to be in the vault (deleting FILE when
nothing else is left) and writes a names-only .env.example beside it if there is none.`;

export async function importFile(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { vault: { type: 'string' }, env: { type: 'string' }, replace: { type: 'boolean' } },
    USAGE,
  );
  if (positionals.length !== 1) throw new KeywardError(USAGE, 'usage');
  const file = path.resolve(io.cwd, positionals[0]);
  const read = readRegularFile(file, { what: '.env file', maxBytes: SIZE_LIMITS.config });
  if (!read) throw new KeywardError(`No file at ${file}.`, 'usage');
  const text = decodeUtf8(read.bytes, file);
  const source = path.basename(file);
  const vault = await openVault(io, values.vault);
  try {
    const result = await importEnv(vault, text, { source, environment: values.env });
    for (const line of describeImport(result, source)) io.stdout.write(`${line}\n`);
    if (!values.replace) {
      if (result.verified.size > 0)
        io.stdout.write(`${source} still holds the plaintext values; --replace removes the imported ones.\n`);
      return 0;
    }
    return replaceValues(result, file, io);
  } finally {
    vault.close();
  }
}

function replaceValues(result: Awaited<ReturnType<typeof importEnv>>, file: string, io: CliIO): number {
  const source = path.basename(file);
  const rewrite = rewriteAfterImport(result);
  if ('refused' in rewrite) {
    io.stderr.write(`keyward: ${source} was left as it is: ${rewrite.refused}.\n`);
    return 1;
  }
  const example = path.join(path.dirname(file), '.env.example');
  if (readRegularFile(example, { what: '.env.example', maxBytes: SIZE_LIMITS.config })) {
    io.stdout.write('.env.example already exists and was left as it is.\n');
  } else {
    writeFileAtomically(example, `${rewrite.example.text.replace(/\n*$/, '')}\n`, 0o644);
    io.stdout.write(`Wrote .env.example (names only).\n`);
  }
  const { remaining } = rewrite;
  if (remaining.text === undefined) {
    rmSync(file);
    io.stdout.write(`Deleted ${source}: every value in it is in the vault.\n`);
  } else {
    writeFileAtomically(file, remaining.text, 0o600);
    const kept = [
      remaining.keptNames.length ? `${remaining.keptNames.join(', ')}` : '',
      remaining.keptCommented ? `${remaining.keptCommented} commented-out assignment(s)` : '',
    ].filter(Boolean);
    io.stdout.write(`Removed the imported values from ${source}; it keeps ${kept.join(' and ') || 'other lines'}.\n`);
  }
  return 0;
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new KeywardError(`${file} is not UTF-8 text; it was left as it is.`, 'invalid-input');
  }
}
