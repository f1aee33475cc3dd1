// The scan configuration's file name and the error that names it. Apart from config.ts, which
// validates the file with zod, because the rule set (extraRules.ts) needs them too and runs in
// scan workers, whose bundle leaves zod out.
import { KeywardError } from '../errors';

export const CONFIG_FILE = '.keyward/config.json';
/** Larger files are not scanned unless the config says otherwise (minified bundles, data dumps). */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** The error for a config that breaks a rule; `label` names the file. */
export function invalidConfig(label: string, detail: string): KeywardError {
  return new KeywardError(`Invalid ${label}: ${detail}`, 'config-invalid');
}
