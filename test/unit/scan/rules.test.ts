// Provider rules against their ok/ng fixtures (test/fixtures/rules/<provider>/): every ng
// file must be reported with that provider's rules, every ok file must stay silent, and every
// provider rule must be triggered by at least one ng fixture.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScanner } from '../../../src/core/scan/engine';
import { builtinRules } from '../../../src/core/scan/rules/index';
import { providerRules } from '../../../src/core/scan/rules/providers/index';
import type { Finding } from '../../../src/core/scan/types';

const FIXTURES = join(__dirname, '../../fixtures/rules');
const scanner = createScanner(builtinRules);
const reported = (f: Finding) => f.category === 'secret' && f.severity !== 'info';
const genericIds = new Set(builtinRules.filter((r) => r.generic).map((r) => r.id));
const providers = readdirSync(FIXTURES).sort();
const fixtureFiles = (provider: string, kind: 'ok' | 'ng') =>
  readdirSync(join(FIXTURES, provider)).filter((name) => name.startsWith(`${kind}.`));
const scan = (provider: string, name: string) =>
  scanner.scanText(readFileSync(join(FIXTURES, provider, name), 'utf8'), `${provider}/${name}`);

describe('provider rules: catalogue', () => {
  it('has at least 150 provider rules with unique ids', () => {
    assert.ok(providerRules.length >= 150, `only ${providerRules.length} provider rules`);
    assert.equal(new Set(providerRules.map((r) => r.id)).size, providerRules.length);
  });

  it('gives every rule docs, lower-case keywords and a provider with fixtures', () => {
    for (const rule of providerRules) {
      assert.ok(rule.docs.length > 20 && rule.description.length > 0, rule.id);
      assert.ok(rule.keywords.length > 0, `${rule.id} has no keywords`);
      for (const k of rule.keywords) assert.equal(k, k.toLowerCase(), `${rule.id} keyword ${k}`);
      assert.ok(providers.includes(rule.provider), `${rule.provider} has no fixture folder`);
      assert.equal(rule.category, 'secret');
    }
  });

  it('keeps every capture group the secret group (no stray groups in bodies)', () => {
    for (const rule of providerRules) {
      const groups = new RegExp(`${rule.pattern.source}|`).exec('')!.length - 1;
      assert.equal(groups, rule.secretGroup ? 1 : 0, rule.id);
    }
  });
});

describe('provider rules: fixtures', () => {
  const triggered = new Set<string>();

  for (const provider of providers) {
    describe(provider, () => {
      for (const name of fixtureFiles(provider, 'ng')) {
        it(`${name} reports every line with a ${provider} rule`, () => {
          const text = readFileSync(join(FIXTURES, provider, name), 'utf8');
          const findings = scan(provider, name).filter(reported);
          const own = findings.filter((f) => f.provider === provider);
          own.forEach((f) => triggered.add(f.ruleId));
          const stray = findings.filter((f) => f.provider !== provider && !genericIds.has(f.ruleId));
          assert.deepEqual(
            stray.map((f) => `${f.line}:${f.ruleId}`),
            [],
            'another provider claimed a value',
          );
          const secretLines = name.endsWith('.json') ? [] : lineNumbers(text);
          const missed = secretLines.filter((line) => !own.some((f) => f.line === line));
          assert.deepEqual(missed, [], 'lines without a finding');
          assert.ok(own.length > 0);
        });
      }
      for (const name of fixtureFiles(provider, 'ok')) {
        it(`${name} reports nothing`, () => {
          const findings = scan(provider, name).filter(reported);
          assert.deepEqual(
            findings.map((f) => `${f.line}:${f.ruleId}`),
            [],
          );
        });
      }
    });
  }

  after(() => {
    // Runs after every fixture test: each rule must have fired on some ng fixture.
    const silent = providerRules.filter((r) => !triggered.has(r.id)).map((r) => r.id);
    assert.deepEqual(silent, [], 'rules without a triggering ng fixture');
  });
});

/** 1-based numbers of the non-comment, non-empty lines. */
function lineNumbers(text: string): number[] {
  return text
    .split('\n')
    .map((line, i) => (line.trim() === '' || line.startsWith('#') ? 0 : i + 1))
    .filter((n) => n > 0);
}
