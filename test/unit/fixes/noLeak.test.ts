import assert from 'node:assert/strict';
import { planEnvReplacement } from '../../../src/core/fixes/envEdit';
import { planIgnoreComment } from '../../../src/core/fixes/ignoreEdit';
import { suggestNameFor } from '../../../src/core/fixes/nameHint';
import { findingMessage, findingRow, keyHoverMarkdown, vaultCopyMessage } from '../../../src/core/fixes/presentation';
import { maskSecret } from '../../../src/core/mask';
import { createScanner } from '../../../src/core/scan/engine';
import { builtinRules } from '../../../src/core/scan/rules';
import { rotationStatus } from '../../../src/core/vault/due';
import type { KeySummary } from '../../../src/core/vault/records';
import { checksummed } from '../providers/samples';

describe('never leak: what the extension shows about a planted secret', () => {
  // A GitHub token in the real format (valid checksum), assembled at run time.
  const planted = checksummed('gh' + 'p', 42);
  const text = `import os\nconst token = "${planted}";\n`;
  const findings = createScanner(builtinRules).scanText(text, 'src/app.ts');
  const start = text.indexOf(planted);
  const span = { start, end: start + planted.length };

  /** Every piece of the value long enough to help guess it: the masked form shows the last 4 only. */
  function assertClean(output: string, what: string) {
    assert.ok(!output.includes(planted), `${what} contains the plaintext`);
    assert.ok(!output.includes(planted.slice(4, -4)), `${what} contains most of the plaintext`);
  }

  it('finds the planted token (so the checks below look at real output)', () => {
    assert.equal(findings.length, 1);
    assert.equal(findings[0].provider, 'github');
  });

  it('keeps it out of diagnostic messages and Findings view rows', () => {
    for (const finding of findings) {
      assertClean(findingMessage(finding), 'the diagnostic message');
      const row = findingRow(finding);
      assertClean(`${row.label} ${row.description}`, 'the Findings row');
      assert.ok(row.description.includes(maskSecret(planted)), 'the row shows the masked value');
    }
  });

  it("keeps it out of the quick fixes' edits and suggested names", () => {
    for (const languageId of ['typescript', 'python', 'go', 'shellscript', 'yaml', 'dotenv']) {
      const edits = planEnvReplacement(text, span, languageId, 'GITHUB_TOKEN') ?? [];
      assert.ok(edits.length > 0, `no edit for ${languageId}`);
      assertClean(edits.map((e) => e.newText).join('\n'), `the ${languageId} edit`);
      assertClean(
        planIgnoreComment(text, span.start, span.end, languageId, findings[0].ruleId)?.newText ?? '',
        'the ignore marker',
      );
    }
    assertClean(suggestNameFor(`token = "${planted}"`, 9 + planted.length, 'github'), 'the suggested name');
  });

  it('keeps it out of vault copy messages and key hovers', () => {
    const key: KeySummary = {
      id: 'k1',
      name: 'GITHUB_TOKEN',
      provider: 'github',
      environment: 'default',
      masked: maskSecret(planted),
      version: 1,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      lastRotatedAt: null,
      rotationDays: null,
      status: 'active',
      notes: null,
    };
    assertClean(vaultCopyMessage(key), 'the vault copy message');
    const hover = keyHoverMarkdown(key, rotationStatus(key, 90, new Date('2025-05-01T00:00:00.000Z')));
    assertClean(hover, 'the hover');
    assert.match(hover, /overdue/);
  });
});
