// Precision and recall of the built-in rules on a labelled corpus of realistic files
// (test/fixtures/corpus/files) holding fake secrets in real formats plus decoys of every
// false-positive kind. labels.json lists, per file, the lines that hold a secret.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScanner } from '../../../src/core/scan/engine';
import { builtinRules } from '../../../src/core/scan/rules/index';

const ROOT = join(__dirname, '../../fixtures/corpus');
/** The acceptance: the scanner's own labelled corpus stays at or above 0.98 / 0.98. */
const MIN_SCORE = 0.98;

interface Labels {
  secrets: Record<string, { line: number; provider: string }[]>;
  decoys: Record<string, number[]>;
}

describe('labelled corpus', () => {
  const labels = JSON.parse(readFileSync(join(ROOT, 'labels.json'), 'utf8')) as Labels;
  const files = Object.keys(labels.secrets);
  const scanner = createScanner(builtinRules);
  const expected = new Set<string>();
  const reported = new Set<string>();
  const providerMismatches: string[] = [];

  before(() => {
    for (const file of files) {
      const text = readFileSync(join(ROOT, 'files', file), 'utf8');
      const byLine = new Map(labels.secrets[file].map((l) => [l.line, l.provider]));
      for (const line of byLine.keys()) expected.add(`${file}:${line}`);
      for (const f of scanner.scanText(text, file)) {
        if (f.category !== 'secret' || f.severity === 'info') continue;
        reported.add(`${file}:${f.line}`);
        const provider = byLine.get(f.line);
        if (provider && provider !== 'generic' && provider !== f.provider)
          providerMismatches.push(`${file}:${f.line} ${f.ruleId}`);
      }
    }
  });

  it('is substantial: at least 150 secrets and 150 decoys across 40 files', () => {
    const decoys = Object.values(labels.decoys).reduce((n, lines) => n + lines.length, 0);
    assert.ok(files.length >= 40, `${files.length} files`);
    assert.ok(expected.size >= 150, `${expected.size} labelled secrets`);
    assert.ok(decoys >= 150, `${decoys} decoys`);
  });

  it(`reaches precision and recall of at least ${MIN_SCORE}`, () => {
    const truePositives = [...reported].filter((key) => expected.has(key));
    const falsePositives = [...reported].filter((key) => !expected.has(key));
    const missed = [...expected].filter((key) => !reported.has(key));
    const precision = truePositives.length / reported.size;
    const recall = truePositives.length / expected.size;
    console.log(
      `      corpus: ${files.length} files, ${expected.size} secrets; precision ${precision.toFixed(4)} ` +
        `(${falsePositives.length} false positives), recall ${recall.toFixed(4)} (${missed.length} missed)`,
    );
    assert.ok(
      precision >= MIN_SCORE,
      `precision ${precision.toFixed(4)}; false positives: ${falsePositives.join(', ')}`,
    );
    assert.ok(recall >= MIN_SCORE, `recall ${recall.toFixed(4)}; missed: ${missed.join(', ')}`);
  });

  it('attributes provider secrets to the right provider', () => {
    assert.deepEqual(providerMismatches, []);
  });
});
