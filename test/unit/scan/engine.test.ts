import assert from 'node:assert/strict';
import { createScanner } from '../../../src/core/scan/engine';
import { genericRules } from '../../../src/core/scan/rules/generic/index';
import { insecureRules } from '../../../src/core/scan/rules/insecure/index';
import type { Rule } from '../../../src/core/scan/types';
import { FakeSecrets } from '../../fixtures/generic/fake';

// A provider-like rule built here so the engine is tested independently of the real rule set.
const demoRule: Rule = {
  id: 'demo-token',
  description: 'Demo token',
  provider: 'demo',
  category: 'secret',
  keywords: ['demo_'],
  pattern: /\bdemo_([A-Za-z0-9]{24})\b/,
  secretGroup: 1,
  minEntropy: 3,
  validate: (secret) => secret.endsWith('Q'),
  severity: 'error',
  docs: 'Demo.',
};

describe('engine: basics', () => {
  const fake = new FakeSecrets(7);
  const scanner = createScanner([demoRule]);

  it('reports a match with 1-based positions, exclusive end, masked value and no plaintext', () => {
    const secret = `${fake.chars(23)}Q`;
    const text = `first line\n  const t = "demo_${secret}";\n`;
    const findings = scanner.scanText(text, 'src/a.ts');
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.deepEqual(
      { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn },
      { line: 2, column: 19, endLine: 2, endColumn: 43 },
    );
    assert.equal(text.split('\n')[1].slice(f.column - 1, f.endColumn - 1), secret);
    assert.equal(f.severity, 'error');
    assert.equal(f.file, 'src/a.ts');
    assert.equal(f.message, 'Demo token exposed');
    assert.ok(!JSON.stringify(findings).includes(secret));
    assert.ok(f.masked.endsWith(secret.slice(-4)));
  });

  it('demotes a failed validation to info instead of dropping it', () => {
    const findings = scanner.scanText(`demo_${fake.chars(23)}Z`, 'a');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'info');
  });

  it('drops secrets below the entropy threshold', () => {
    // Four distinct characters, no runs or sequences: only the entropy check rejects it.
    assert.deepEqual(scanner.scanText('demo_aabbaabbccaabbccaabbccaQ', 'a'), []);
  });

  it('does not run a rule when its keyword is absent', () => {
    assert.deepEqual(scanner.scanText(`xdemo ${fake.chars(23)}Q`, 'a'), []);
  });

  it('runs a rule only on the lines holding its keyword', () => {
    // The pattern alone would match line 2, but the keyword is on line 1 only.
    const loose: Rule = { ...demoRule, id: 'loose', keywords: ['marker'], pattern: /\b([A-Za-z0-9]{23}Q)\b/ };
    const text = `marker here\n${fake.chars(23)}Q\nmarker ${fake.chars(23)}Q`;
    assert.deepEqual(
      createScanner([loose])
        .scanText(text, 'a')
        .map((f) => f.line),
      [3],
    );
  });

  it('runs a rule with alsoKeywords only on windows that hold one of them too', () => {
    const gated: Rule = {
      ...demoRule,
      id: 'gated',
      keywords: ['marker'],
      alsoKeywords: ['@'],
      pattern: /marker ([A-Za-z0-9]{23}Q)/,
    };
    const text = `marker ${fake.chars(23)}Q\nmarker ${fake.chars(23)}Q @host`;
    assert.deepEqual(
      createScanner([gated])
        .scanText(text, 'a')
        .map((f) => f.line),
      [2],
    );
  });

  it('matches keywords case-insensitively', () => {
    const upper: Rule = { ...demoRule, id: 'upper', keywords: ['DEMO_'], pattern: /DEMO_([A-Za-z0-9]{24})/i };
    assert.equal(createScanner([upper]).scanText(`x = DEMO_${fake.chars(23)}Q`, 'a').length, 1);
  });
});

describe('engine: dedupe of overlapping findings', () => {
  const fake = new FakeSecrets(8);
  const scanner = createScanner([demoRule, ...genericRules, ...insecureRules]);

  it('keeps the provider finding when a generic rule matches the same secret', () => {
    const text = `api_key = "demo_${fake.chars(23)}Q"`;
    assert.deepEqual(
      createScanner(genericRules)
        .scanText(text, 'a')
        .map((f) => f.ruleId),
      ['generic-secret-assignment'],
    );
    assert.deepEqual(
      scanner.scanText(text, 'a').map((f) => f.ruleId),
      ['demo-token'],
    );
  });

  it('keeps the provider finding even when its checksum fails (reported as info, not as a generic error)', () => {
    const findings = scanner.scanText(`api_key = "demo_${fake.chars(23)}Z"`, 'a');
    assert.deepEqual(
      findings.map((f) => `${f.ruleId}:${f.severity}`),
      ['demo-token:info'],
    );
  });

  it('keeps findings of different categories on the same text', () => {
    // Assembled at runtime so that this test file itself is not an insecure-pattern finding.
    const text = `${'console'}.log("key", ${'apiKey'}, "demo_${fake.chars(23)}Q")`;
    assert.deepEqual(
      scanner
        .scanText(text, 'a')
        .map((f) => f.ruleId)
        .sort(),
      ['demo-token', 'insecure-log-secret'],
    );
  });

  it('reports one finding per secret when several generic shapes overlap', () => {
    const jwt = fake.jwt();
    assert.deepEqual(
      createScanner(genericRules)
        .scanText(`token = "${jwt}"`, 'a')
        .map((f) => f.ruleId),
      ['jwt'],
    );
  });
});
