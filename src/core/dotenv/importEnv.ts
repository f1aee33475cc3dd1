import { parse } from 'dotenv';
import { KeyNameSchema } from '../vault/inputs';

export interface EnvEntry {
  name: string;
  value: string;
}

export interface ParsedEnvFile {
  entries: EnvEntry[];
  /** Names that cannot be vault keys (not valid environment variable names) or have no value. */
  skipped: string[];
}

/** Parses a .env file with dotenv's own grammar (quotes, multi-line values, comments). */
export function parseEnvFile(text: string): ParsedEnvFile {
  const entries: EnvEntry[] = [];
  const skipped: string[] = [];
  for (const [name, value] of Object.entries(parse(text))) {
    if (KeyNameSchema.safeParse(name).success && value !== '') entries.push({ name, value });
    else skipped.push(name);
  }
  return { entries, skipped };
}

/**
 * The same file with every value removed: what a `.env.example` should be. Comments and blank
 * lines stay; continuation lines of multi-line quoted values go.
 */
export function toEnvExample(text: string): string {
  const out: string[] = [];
  let quote: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (quote) {
      if (line.includes(quote)) quote = undefined;
      continue;
    }
    const match = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)(\s*[=:]\s*)(.*)$/.exec(line);
    if (!match) {
      out.push(line);
      continue;
    }
    const [, lead, name, assign, rest] = match;
    const opening = /^(["'`])/.exec(rest)?.[1];
    if (opening && rest.indexOf(opening, 1) === -1) quote = opening;
    out.push(`${lead}${name}${assign.trimEnd()}`);
  }
  return out.join('\n');
}
