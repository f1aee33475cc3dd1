import { parseArgs, type ParseArgsConfig } from 'node:util';
import { KeywardError } from '../core/errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, strict, with its errors turned into usage errors (exit 2). */
export function parseFlags<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new KeywardError(`${(error as Error).message}\n\n${usage}`, 'usage');
  }
}
