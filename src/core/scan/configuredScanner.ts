// The scanner a configuration asks for: its rule set (built-in minus disabled, plus extra rules
// when trusted) and its allowlists applied to what the engine finds. Every scan path builds its
// scanner here, so a configuration means the same in the editor, the CLI, workers and history.
import { compileAllowlists } from './allowlists';
import type { ScanConfig } from './config';
import { createScanner } from './engine';
import { rulesFor } from './extraRules';
import type { FingerprintOptions } from './fingerprint';
import { LineIndex } from './position';
import type { Finding } from './types';

export interface ConfiguredScanner {
  /** `commit`, in a history scan, lets allowlists with commit ids apply. */
  scanText(text: string, file: string, commit?: string): Finding[];
}

export interface ScannerOptions {
  trusted?: boolean;
  /** How findings are fingerprinted; without it, with a random key of this process. */
  fingerprints?: FingerprintOptions;
}

export function scannerFor(
  config: ScanConfig,
  { trusted = true, fingerprints }: ScannerOptions = {},
): ConfiguredScanner {
  const scanner = createScanner(rulesFor(config, { trusted }), fingerprints);
  // An untrusted workspace's allowlists could hide its own secrets (and run its regexes): ignored.
  if (!trusted || config.allowlists.length === 0) return scanner;
  const allowed = compileAllowlists(config.allowlists);
  return {
    scanText(text, file, commit) {
      const findings = scanner.scanText(text, file);
      if (findings.length === 0) return findings;
      const lines = new LineIndex(text);
      return findings.filter((f) => {
        const secret = text.slice(lines.offsetOf(f.line, f.column), lines.offsetOf(f.endLine, f.endColumn));
        return !allowed({ ruleId: f.ruleId, file, secret, line: lines.lineText(f.line), ...(commit && { commit }) });
      });
    },
  };
}
