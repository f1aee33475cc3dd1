import { parseArgs, type ParseArgsConfig } from 'node:util';
import { KeywardError } from '../core/errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `--help` or `-h` among a command's own arguments: the usage goes to stdout with exit 0.
 * Arguments after `--` belong to another program (`vault run -- cmd --help`) and do not count.
 */
export class HelpRequested extends Error {
  constructor(readonly usage: string) {
    super(usage);
    this.name = 'HelpRequested';
  }
}

export function helpAsked(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** node:util parseArgs, strict, with its errors turned into usage errors (exit 2). */
export function parseFlags<O extends Options>(args: string[], options: O, usage: string) {
  if (helpAsked(args)) throw new HelpRequested(usage);
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new KeywardError(`${(error as Error).message}\n\n${usage}`, 'usage');
  }
}
