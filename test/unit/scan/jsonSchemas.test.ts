// The generated JSON Schemas agree with the zod schemas they come from: what the scanner accepts,
// the editor accepts, and an unknown field is an error in both. (That the committed copies under
// schemas/ are current is checked by npm run generate:check.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { baselineFrom } from '../../../src/core/scan/baseline';
import { parseScanConfig } from '../../../src/core/scan/config';
import { ephemeralSalt } from '../../../src/core/scan/fingerprintSalt';
import {
  BASELINE_SCHEMA_PATH,
  CONFIG_SCHEMA_PATH,
  renderBaselineSchema,
  renderConfigSchema,
} from '../../../src/core/scan/jsonSchemas';
import manifest from '../../../package.json';
import { makeFinding } from '../../fixtures/cli-scan/findings';
import { parseJson } from '../../support/json';

const ROOT = path.resolve(__dirname, '../../..');
const ajv = new Ajv({ allErrors: true, strict: false });
const validConfig = ajv.compile(parseJson<object>(renderConfigSchema()));
const validBaseline = ajv.compile(parseJson<object>(renderBaselineSchema()));

const FULL_CONFIG = {
  $schema: './node_modules/keyward/schemas/config.schema.json',
  extraRules: [
    {
      id: 'acme-token',
      description: 'Acme token',
      regex: '(?i)acme_([a-z0-9]{32})',
      keywords: ['acme_'],
      secretGroup: 1,
      minEntropy: 3,
    },
  ],
  disabledRules: ['generic-secret-assignment'],
  exclude: ['test/fixtures/**'],
  gitignore: false,
  maxFileBytes: 2_000_000,
  failOnSkipped: true,
  allowlists: [
    { description: 'samples', rules: ['acme-token'], condition: 'and', paths: ['^docs/'], stopwords: ['example'] },
  ],
};

describe('JSON Schemas of the config and the baseline', () => {
  it('accept what the scanner accepts: this repository, a full config, an empty one', () => {
    for (const config of [
      parseJson<object>(readFileSync(path.join(ROOT, '.keyward/config.json'), 'utf8')),
      FULL_CONFIG,
      {},
    ]) {
      assert.ok(validConfig(config), JSON.stringify(validConfig.errors));
      parseScanConfig(JSON.stringify(config));
    }
  });

  it('refuse an unknown field, a wrong type and a bad id, as the scanner does', () => {
    for (const bad of [
      { excludes: ['dist/**'] },
      { maxFileBytes: 'big' },
      { extraRules: [{ ...FULL_CONFIG.extraRules[0], id: 'Not Kebab' }] },
      { allowlists: [{ regexTarget: 'match', paths: ['x'] }] },
    ]) {
      assert.equal(validConfig(bad), false, JSON.stringify(bad));
      assert.throws(() => parseScanConfig(JSON.stringify(bad)), { code: 'config-invalid' });
    }
  });

  it('describe the fields, for hovers and completion', () => {
    const schema = parseJson<{ properties: Record<string, { description?: string }> }>(renderConfigSchema());
    for (const [field, property] of Object.entries(schema.properties)) assert.ok(property.description, field);
  });

  it('accept a baseline as keyward writes it, and refuse a bad fingerprint', () => {
    const baseline = baselineFrom([makeFinding({})], ephemeralSalt());
    assert.ok(validBaseline(baseline), JSON.stringify(validBaseline.errors));
    assert.equal(validBaseline({ ...baseline, findings: [{ ...baseline.findings[0], fingerprint: 'abc' }] }), false);
  });

  it('are contributed to VS Code for the files they describe', () => {
    const contributed = (manifest.contributes as { jsonValidation: { fileMatch: string; url: string }[] })
      .jsonValidation;
    assert.deepEqual(contributed, [
      { fileMatch: '**/.keyward/config.json', url: `./${CONFIG_SCHEMA_PATH}` },
      { fileMatch: '**/.keyward/baseline.json', url: `./${BASELINE_SCHEMA_PATH}` },
    ]);
    assert.ok(readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').includes('!schemas/**'), 'the VSIX ships them');
  });
});
