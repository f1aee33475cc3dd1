// zod's tree-shakable build: settings are read at activation, where the full build's load time
// would be most of the extension's activation budget.
import * as z from 'zod/mini';

export const SeveritySettingSchema = z.enum(['error', 'warning', 'information', 'hint', 'off']);
export type SeveritySetting = z.infer<typeof SeveritySettingSchema>;

const wholeNumber = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));

/**
 * Every `keyward.*` setting, with its default. package.json's `contributes.configuration`
 * declares the same keys (a test keeps the two in step); values that fail validation fall
 * back to the default instead of breaking the extension.
 */
export const SETTINGS = {
  'vault.path': z.catch(z.string().check(z.minLength(1)), '.keyward/vault.db'),
  'scan.onType': z.catch(z.boolean(), true),
  'scan.debounceMs': z.catch(wholeNumber(0, 10_000), 300),
  'scan.exclude': z.catch(z.array(z.string()), []),
  'severity.secret': z.catch(SeveritySettingSchema, 'error'),
  'severity.insecurePattern': z.catch(SeveritySettingSchema, 'warning'),
  'rotation.maxAgeDays': z.catch(wholeNumber(1, 3650), 90),
  'clipboard.clearAfterSeconds': z.catch(wholeNumber(0, 3600), 30),
  'clipboard.allowInRemoteWindow': z.catch(z.boolean(), false),
  'masterKey.rotationReminderDays': z.catch(wholeNumber(1, 3650), 90),
  'reveal.maxPerMinute': z.catch(wholeNumber(0, 10_000), 10),
  'scm.scanBeforeCommit': z.catch(z.boolean(), false),
  'history.allRefs': z.catch(z.boolean(), false),
} as const;

export type SettingKey = keyof typeof SETTINGS;

/**
 * Settings an untrusted workspace must not set, because its value would weaken protection: where
 * the vault is, what is scanned and how loudly, how long a copied value stays in the clipboard,
 * how many reveals pass without asking, how much history is scanned. package.json lists them as the manifest's
 * `restrictedConfigurations` (a test keeps the two in step), and the extension also reads them
 * ignoring workspace and folder values while the workspace is untrusted.
 */
export const RESTRICTED_SETTINGS: readonly SettingKey[] = [
  'vault.path',
  'scan.onType',
  'scan.exclude',
  'severity.secret',
  'severity.insecurePattern',
  'rotation.maxAgeDays',
  'clipboard.clearAfterSeconds',
  // Whether Copy Value may send a value to a browser or remote window: a workspace must not allow it.
  'clipboard.allowInRemoteWindow',
  'masterKey.rotationReminderDays',
  'reveal.maxPerMinute',
  'scm.scanBeforeCommit',
  // Which refs Scan Git History reads: a workspace must not narrow it to hide a branch.
  'history.allRefs',
];
export type Settings = { [K in SettingKey]: z.output<(typeof SETTINGS)[K]> };

/** Typed settings from raw values (`get(key)` returns undefined for unset keys). */
export function readSettings(get: (key: SettingKey) => unknown): Settings {
  const entries = (Object.keys(SETTINGS) as SettingKey[]).map((key) => [key, SETTINGS[key].parse(get(key))]);
  return Object.fromEntries(entries) as Settings;
}

export const DEFAULT_SETTINGS: Settings = readSettings(() => undefined);
