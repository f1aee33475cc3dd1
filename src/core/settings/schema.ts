import { z } from 'zod';

export const SeveritySettingSchema = z.enum(['error', 'warning', 'information', 'hint', 'off']);
export type SeveritySetting = z.infer<typeof SeveritySettingSchema>;

/**
 * Every `keyward.*` setting, with its default. package.json's `contributes.configuration`
 * declares the same keys (a test keeps the two in step); values that fail validation fall
 * back to the default instead of breaking the extension.
 */
export const SETTINGS = {
  'vault.path': z.string().min(1).catch('.keyward/vault.db'),
  'scan.onType': z.boolean().catch(true),
  'scan.debounceMs': z.number().int().min(0).max(10_000).catch(300),
  'scan.exclude': z.array(z.string()).catch([]),
  'severity.secret': SeveritySettingSchema.catch('error'),
  'severity.insecurePattern': SeveritySettingSchema.catch('warning'),
  'rotation.maxAgeDays': z.number().int().min(1).max(3650).catch(90),
  'clipboard.clearAfterSeconds': z.number().int().min(0).max(3600).catch(30),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type Settings = { [K in SettingKey]: z.output<(typeof SETTINGS)[K]> };

/** Typed settings from raw values (`get(key)` returns undefined for unset keys). */
export function readSettings(get: (key: SettingKey) => unknown): Settings {
  const entries = (Object.keys(SETTINGS) as SettingKey[]).map((key) => [key, SETTINGS[key].parse(get(key))]);
  return Object.fromEntries(entries) as Settings;
}

export const DEFAULT_SETTINGS: Settings = readSettings(() => undefined);
