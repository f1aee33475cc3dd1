// `keyward import gitleaks [CONFIG]`: moving from gitleaks without losing its tuning. The config's
// custom rules and allowlists go into .keyward/config.json; .gitleaksignore entries become
// baseline entries. Everything not carried over exactly is listed, with the reason.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { KeywardError } from '../../core/errors';
import {
  acceptAlso,
  type Baseline,
  checkBaselineSalt,
  DEFAULT_BASELINE_PATH,
  readBaseline,
  writeBaseline,
} from '../../core/scan/baseline';
import { CONFIG_FILE } from '../../core/scan/config';
import {
  ensureFingerprintSalt,
  ephemeralSalt,
  type FingerprintSalt,
  readFingerprintSalt,
} from '../../core/scan/fingerprintSalt';
import { builtinRules } from '../../core/scan/rules/index';
import { convertGitleaksConfig, type ConvertedConfig } from '../../core/scan/gitleaks/convertConfig';
import { parseGitleaksIgnore } from '../../core/scan/gitleaks/ignoreFile';
import { helpAsked, HelpRequested, parseFlags } from '../flags';
import { mergedConfig, writeAtomically } from '../import/configFile';
import { convertIgnoreEntries, type IgnoreConversion } from '../import/ignoreEntries';
import { formatImportReport } from '../import/report';
import type { CliIO } from '../io';
import { resolveScanRoot } from '../scan/root';

const USAGE = `Usage: keyward import gitleaks [CONFIG] [--ignore-file FILE] [--dry-run]

Moves a gitleaks setup to Keyward. CONFIG (default .gitleaks.toml or gitleaks.toml in the
repository) gives its custom rules (regex, keywords, entropy, secretGroup, path) and allowlists
to .keyward/config.json; the findings in .gitleaksignore (or FILE) are rescanned and accepted
into .keyward/baseline.json. Importing again replaces what the last import wrote. Whatever
cannot be carried over exactly is listed with the reason.
  --dry-run   print the resulting config.json instead of writing anything`;

const IMPORT_USAGE = `Usage: keyward import <source> ...

Sources:
  gitleaks [CONFIG]    rules, allowlists and .gitleaksignore from gitleaks (keyward import gitleaks --help)`;

export async function importCommand(args: string[], io: CliIO): Promise<number> {
  const [source, ...rest] = args;
  if (source === undefined || helpAsked([source])) {
    (source ? io.stdout : io.stderr).write(`${IMPORT_USAGE}\n`);
    return source ? 0 : 2;
  }
  if (source !== 'gitleaks')
    throw new KeywardError(`cannot import from '${source}' (see keyward import --help)`, 'usage');
  if (helpAsked(rest)) throw new HelpRequested(USAGE);
  const { values, positionals } = parseFlags(
    rest,
    { 'ignore-file': { type: 'string' }, 'dry-run': { type: 'boolean' } },
    USAGE,
  );
  if (positionals.length > 1) throw new KeywardError(USAGE, 'usage');
  const { root } = await resolveScanRoot([], io.cwd, {});
  const configFile = findConfig(root, io.cwd, positionals[0]);
  const ignoreFile = values['ignore-file']
    ? path.resolve(io.cwd, values['ignore-file'])
    : path.join(root, '.gitleaksignore');
  if (!configFile && !existsSync(ignoreFile)) {
    throw new KeywardError(`no gitleaks config (.gitleaks.toml, gitleaks.toml) or .gitleaksignore in ${root}`, 'usage');
  }
  const converted = configFile ? convert(configFile) : { extraRules: [], allowlists: [], notes: [] };
  const { text, config } = mergedConfig(root, converted);
  const ignored = existsSync(ignoreFile) ? parseGitleaksIgnore(readFileSync(ignoreFile, 'utf8')) : undefined;
  // Accepted entries are keyed with the repository's salt, as the scans that will match them are;
  // a dry run creates no salt and keys with a throwaway one.
  const baselineFile = path.join(root, DEFAULT_BASELINE_PATH);
  let conversion: IgnoreConversion | undefined;
  let accepting: { salt: FingerprintSalt; baseline: Baseline | undefined } | undefined;
  if (ignored) {
    const salt = values['dry-run'] ? (readFingerprintSalt(root) ?? ephemeralSalt()) : ensureFingerprintSalt(root).salt;
    const baseline = readBaseline(baselineFile);
    checkBaselineSalt(baseline, salt, baselineFile);
    const fingerprints = { key: salt.key.toString('hex') };
    conversion = await convertIgnoreEntries(root, config, ignored.entries, fingerprints);
    accepting = { salt, baseline };
  }
  const show = (file: string) => path.relative(io.cwd, file) || file;
  const report = formatImportReport({
    configFile: configFile && show(configFile),
    target: show(path.join(root, CONFIG_FILE)),
    converted,
    ignoreFile: show(ignoreFile),
    ignored,
    conversion,
  });
  if (values['dry-run']) {
    io.stdout.write(text);
    io.stderr.write(report);
    return 0;
  }
  if (configFile) writeAtomically(path.join(root, CONFIG_FILE), text);
  if (conversion && accepting && conversion.accepted.length > 0) {
    writeBaseline(baselineFile, acceptAlso(accepting.baseline, conversion.accepted, accepting.salt));
  }
  io.stdout.write(report);
  return 0;
}

function findConfig(root: string, cwd: string, named: string | undefined): string | undefined {
  if (named !== undefined) {
    const file = path.resolve(cwd, named);
    if (!existsSync(file)) throw new KeywardError(`Cannot import ${named}: no such file`, 'usage');
    return file;
  }
  return ['.gitleaks.toml', 'gitleaks.toml'].map((name) => path.join(root, name)).find((file) => existsSync(file));
}

function convert(file: string): ConvertedConfig {
  let toml: Record<string, unknown>;
  try {
    toml = parseToml(readFileSync(file, 'utf8'));
  } catch (error) {
    // smol-toml's message names the line and column; it quotes no more than the offending token.
    throw new KeywardError(`${file} is not valid TOML: ${(error as Error).message.split('\n')[0]}`, 'invalid-input');
  }
  return convertGitleaksConfig(toml, new Set(builtinRules.map((rule) => rule.id)));
}
