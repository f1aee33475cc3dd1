import assert from 'node:assert/strict';
import { stripVTControlCharacters } from 'node:util';
import { formatJson, type JsonReport } from '../../../src/core/scan/report/json';
import { buildSarif, toRelativeUri } from '../../../src/core/scan/report/sarif';
import { failsScan, summarize, type ScanStats } from '../../../src/core/scan/report/summary';
import { formatText } from '../../../src/core/scan/report/text';
import { fingerprintOf, makeFinding, makeRule } from '../../fixtures/cli-scan/findings';
import { sarifSchemaErrors } from '../../fixtures/sarif/validate';
import { parseJson } from '../../support/json';

const STATS: ScanStats = { filesScanned: 120, bytesScanned: 2_500_000, durationMs: 41.6, suppressed: 2, skipped: 3 };
const findings = [
  makeFinding({ file: 'src/z.ts', line: 7, column: 3 }),
  makeFinding({
    file: 'config/app settings.yml',
    line: 2,
    column: 9,
    ruleId: 'stripe-secret-key',
    provider: 'stripe',
    masked: 'sk_live_....Qx1z',
    message: 'Stripe secret key',
  }),
  makeFinding({
    file: 'src/z.ts',
    line: 2,
    column: 1,
    severity: 'info',
    message: 'GitHub token with a failing checksum',
  }),
  makeFinding({
    file: 'src/log.ts',
    line: 5,
    column: 1,
    endColumn: 30,
    category: 'insecure-pattern',
    severity: 'warning',
    ruleId: 'log-secret',
    provider: 'generic',
    masked: '********',
    message: 'Secret-named value passed to a logger',
  }),
];
const rules = [
  makeRule(),
  makeRule({ id: 'stripe-secret-key', description: 'Stripe secret key', provider: 'stripe' }),
  makeRule({
    id: 'log-secret',
    description: 'Secret logged',
    provider: 'generic',
    category: 'insecure-pattern',
    severity: 'warning',
  }),
];

describe('scan reports', () => {
  describe('summary', () => {
    it('counts findings per severity and files with findings', () => {
      const s = summarize(findings, STATS);
      assert.deepEqual(s.bySeverity, { error: 2, warning: 1, info: 1 });
      assert.equal(s.filesWithFindings, 3);
      assert.equal(s.findings, 4);
    });
    it('fails only on error or warning findings', () => {
      assert.equal(failsScan([makeFinding({ severity: 'info' })]), false);
      assert.equal(failsScan([makeFinding({ severity: 'warning' })]), true);
      assert.equal(failsScan([]), false);
    });
  });

  describe('text', () => {
    const text = formatText(findings, summarize(findings, STATS), { color: false });
    const lines = text.trimEnd().split('\n');

    it('prints path:line:col, severity, rule, masked value and message, sorted by file then line', () => {
      assert.match(
        lines[0],
        /^config\/app settings\.yml:2:9\s+error\s+stripe-secret-key\s+sk_live_\.\.\.\.Qx1z\s+Stripe secret key$/,
      );
      const locations = lines.filter((l) => /:\d+:\d+/.test(l)).map((l) => l.split(/\s{2,}/)[0]);
      assert.deepEqual(locations, ['config/app settings.yml:2:9', 'src/log.ts:5:1', 'src/z.ts:2:1', 'src/z.ts:7:3']);
    });
    it('separates files with a blank line', () => {
      assert.equal(lines[1], '');
      const z = lines.findIndex((l) => l.startsWith('src/z.ts:2:1'));
      assert.match(lines[z + 1], /^src\/z\.ts:7:3/);
      assert.equal(lines[z - 1], '');
    });
    it('ends with a summary line of counts, files scanned, size and time', () => {
      assert.equal(
        lines.at(-1),
        '4 findings in 3 files (2 errors, 1 warning, 1 info); 120 files scanned, 2.50 MB in 42 ms, 2 suppressed by baseline, 3 files skipped',
      );
    });
    it('says so when clean', () => {
      const clean = formatText([], summarize([], { ...STATS, suppressed: 0, skipped: 0 }), { color: false });
      assert.equal(clean, 'No findings; 120 files scanned, 2.50 MB in 42 ms\n');
    });
    it('uses ANSI colour only when asked', () => {
      assert.equal(stripVTControlCharacters(text), text, 'no escape sequences');
      const coloured = formatText(findings, summarize(findings, STATS), { color: true });
      assert.ok(coloured.includes('\u001b[31merror'));
      assert.equal(stripVTControlCharacters(coloured), text);
    });
  });

  describe('json', () => {
    it('has version, sorted findings and the summary', () => {
      const report = JSON.parse(formatJson(findings, summarize(findings, STATS), '1.2.3')) as JsonReport;
      assert.equal(report.version, '1.2.3');
      assert.deepEqual(
        report.findings.map((f) => `${f.file}:${f.line}`),
        ['config/app settings.yml:2', 'src/log.ts:5', 'src/z.ts:2', 'src/z.ts:7'],
      );
      assert.equal(report.summary.filesScanned, 120);
      assert.deepEqual(report.findings[0], findings[1]);
    });
  });

  describe('sarif', () => {
    const log = buildSarif({
      findings,
      rules,
      toolVersion: '1.2.3',
      informationUri: 'https://example.invalid/keyward',
      root: '/repo/my project',
    });
    const run = log.runs[0];

    it('is valid against the SARIF 2.1.0 schema', () => {
      assert.deepEqual(sarifSchemaErrors(JSON.parse(JSON.stringify(log))), []);
    });
    it('the schema check can fail', () => {
      // Loosely typed on purpose: the test writes what the SARIF types forbid.
      type Loose = { runs: { results: { level: string }[]; tool: { driver: { name?: string } } }[] };
      const broken = parseJson<Loose>(JSON.stringify(log));
      broken.runs[0].results[0].level = 'fatal';
      delete broken.runs[0].tool.driver.name;
      assert.ok(sarifSchemaErrors(broken).length >= 2);
    });
    it('describes each rule that produced a result, once, with GitHub metadata', () => {
      const driver = run.tool.driver;
      assert.equal(driver.name, 'Keyward');
      assert.equal(driver.version, '1.2.3');
      assert.deepEqual(
        driver.rules!.map((r) => r.id),
        ['github-pat-classic', 'log-secret', 'stripe-secret-key'],
      );
      const rule = driver.rules![0];
      assert.equal(rule.name, 'GithubPatClassic');
      assert.equal(rule.defaultConfiguration!.level, 'error');
      assert.equal(rule.properties!['security-severity'], '9.0');
      assert.ok((rule.properties!.tags as string[]).includes('external/cwe/cwe-798'));
      assert.ok(rule.help!.markdown!.includes(rule.shortDescription!.text));
    });
    it('maps results to rule indexes, levels, relative URIs, regions and fingerprints', () => {
      for (const result of run.results!) {
        assert.equal(run.tool.driver.rules![result.ruleIndex!].id, result.ruleId);
      }
      const first = run.results![0];
      assert.equal(first.ruleId, 'stripe-secret-key');
      assert.equal(first.message.text, 'Stripe secret key (sk_live_....Qx1z)');
      const loc = first.locations![0].physicalLocation!;
      assert.deepEqual(loc.artifactLocation, { uri: 'config/app%20settings.yml', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(loc.region, { startLine: 2, startColumn: 9, endLine: 3, endColumn: 55 });
      assert.deepEqual(first.partialFingerprints, { 'keyward/v1': findings[1].fingerprint });
      assert.deepEqual(
        run.results!.map((r) => r.level),
        ['error', 'warning', 'note', 'error'],
      );
      assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///repo/my%20project/' } });
    });
    it('still emits valid metadata for a rule it was not given', () => {
      const orphan = buildSarif({
        findings: [makeFinding({ ruleId: 'custom-rule', fingerprint: fingerprintOf('c') })],
        rules: [],
        toolVersion: '0',
        informationUri: 'https://example.invalid',
      });
      assert.equal(orphan.runs[0].tool.driver.rules![0].id, 'custom-rule');
      assert.deepEqual(sarifSchemaErrors(JSON.parse(JSON.stringify(orphan))), []);
    });
    it('encodes path segments but keeps slashes', () => {
      assert.equal(toRelativeUri('a b/c#d/e%f.ts'), 'a%20b/c%23d/e%25f.ts');
    });
  });
});
