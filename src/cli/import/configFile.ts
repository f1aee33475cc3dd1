// Writes imported rules and allowlists into `.keyward/config.json`, keeping everything else the
// file holds. Importing again replaces what the last import wrote (same rule ids, allowlists
// marked "gitleaks: "). The result is validated before anything is written, and written
// atomically, so a failed import leaves the previous file byte for byte.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KeywardError } from '../../core/errors';
import { CONFIG_FILE, loadScanConfig, parseScanConfig, type ScanConfig } from '../../core/scan/config';
import { IMPORTED_PREFIX } from '../../core/scan/gitleaks/convertAllowlist';
import type { ConvertedConfig } from '../../core/scan/gitleaks/convertConfig';

type RawConfig = Record<string, unknown> & {
  extraRules?: { id?: unknown }[];
  allowlists?: { description?: unknown }[];
};

/** The merged file's text and its parsed config; throws config-invalid if it would not load. */
export function mergedConfig(root: string, imported: ConvertedConfig): { text: string; config: ScanConfig } {
  loadScanConfig(root); // the current file must be valid before anything is merged into it
  const file = path.join(root, CONFIG_FILE);
  let raw: RawConfig = {};
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as RawConfig;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const ids = new Set(imported.extraRules.map((r) => r.id));
  const merged: RawConfig = {
    ...raw,
    extraRules: [...(raw.extraRules ?? []).filter((r) => !ids.has(String(r.id))), ...imported.extraRules],
    allowlists: [
      ...(raw.allowlists ?? []).filter(
        (a) => !(typeof a.description === 'string' && a.description.startsWith(IMPORTED_PREFIX)),
      ),
      ...imported.allowlists,
    ],
  };
  const text = `${JSON.stringify(merged, null, 2)}\n`;
  return { text, config: parseScanConfig(text, `${CONFIG_FILE} after the import`) };
}

export function writeAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new KeywardError(`cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'io');
  }
}
