import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, readSettings, RESTRICTED_SETTINGS, SETTINGS } from '../../../src/core/settings/schema';
import { parseJson } from '../../support/json';

interface DeclaredSetting {
  default: unknown;
  description?: string;
  markdownDescription?: string;
}
const manifest = parseJson<{
  contributes: { configuration: { properties: Record<string, DeclaredSetting> } };
  capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
}>(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
const declared = manifest.contributes.configuration.properties;

describe('settings schema', () => {
  it('declares exactly the settings the code reads, in package.json', () => {
    assert.deepEqual(
      Object.keys(declared).sort(),
      Object.keys(SETTINGS)
        .map((k) => `keyward.${k}`)
        .sort(),
    );
  });

  it('uses the same defaults as package.json, each with a description', () => {
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      const entry = declared[`keyward.${key}`];
      assert.deepEqual(entry.default, value, key);
      assert.ok(entry.description || entry.markdownDescription, `${key} has a description`);
    }
  });

  it('falls back to the default for an invalid value', () => {
    const settings = readSettings((key) =>
      key === 'rotation.maxAgeDays' ? -5 : key === 'severity.secret' ? 'loud' : undefined,
    );
    assert.equal(settings['rotation.maxAgeDays'], 90);
    assert.equal(settings['severity.secret'], 'error');
    assert.equal(readSettings((key) => (key === 'rotation.maxAgeDays' ? 30 : undefined))['rotation.maxAgeDays'], 30);
  });

  it('lists every protective setting as restricted in package.json, so an untrusted workspace cannot weaken it', () => {
    assert.deepEqual(
      [...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(),
      RESTRICTED_SETTINGS.map((k) => `keyward.${k}`).sort(),
    );
    // Only the scan's pace may come from an untrusted workspace: it protects nothing.
    assert.deepEqual(
      Object.keys(SETTINGS).filter((k) => !(RESTRICTED_SETTINGS as readonly string[]).includes(k)),
      ['scan.debounceMs'],
    );
  });
});
