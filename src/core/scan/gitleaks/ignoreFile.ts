// `.gitleaksignore`: one finding per line, `file:rule-id:line` (any commit) or
// `commit:file:rule-id:line`, `#` comments. Keyward cannot use these as they are (its rule ids
// differ, and its baseline keys findings by a fingerprint of the secret), so an import rescans
// each named line and accepts what Keyward finds there into the baseline.

export interface IgnoredFinding {
  commit?: string;
  file: string;
  /** The gitleaks rule id, for the user's report only. */
  ruleId: string;
  line: number;
}

export function parseGitleaksIgnore(text: string): { entries: IgnoredFinding[]; invalid: string[] } {
  const entries: IgnoredFinding[] = [];
  const invalid: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const parts = line.split(':');
    const number = Number(parts.at(-1));
    const commit = parts.length === 4 && /^[0-9a-f]{7,64}$/i.test(parts[0]) ? parts[0] : undefined;
    if ((parts.length !== 3 && !commit) || !Number.isInteger(number) || number < 1) {
      invalid.push(line);
      continue;
    }
    const [file, ruleId] = commit ? parts.slice(1, 3) : parts.slice(0, 2);
    entries.push({ ...(commit && { commit }), file: file.replace(/\\/g, '/'), ruleId, line: number });
  }
  return { entries, invalid };
}
