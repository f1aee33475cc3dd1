// Detection measured on data this project did not write: gitleaks' own hand-written rule
// examples (test/fixtures/peer-cases/gitleaks). Fails if recall on the examples that hold a
// credential drops below 0.95 or more than 3% of the negatives are reported, and on a reported
// negative that argued-negatives.json does not argue for.
import assert from 'node:assert/strict';
import { createScanner } from '../../../src/core/scan/engine';
import { builtinRules } from '../../../src/core/scan/rules/index';
import { GITLEAKS_CASES, scorePeerCases } from '../../support/peerCases';

describe('peer cases: gitleaks examples', () => {
  const scanner = createScanner(builtinRules);
  const score = scorePeerCases(GITLEAKS_CASES, (text, file) => scanner.scanText(text, file));

  it('finds at least 95% of the credentials', () => {
    console.log(
      `      gitleaks cases: recall ${score.recallOnCredentials.toFixed(3)} on credentials, ${score.recall.toFixed(3)} on all ` +
        `${score.positives} positives; ${score.reported} of ${score.negatives} negatives reported ` +
        `(${(100 * score.negativesReported).toFixed(1)}%)`,
    );
    assert.ok(
      score.recallOnCredentials >= 0.95,
      `recall ${score.recallOnCredentials.toFixed(3)}; missed ${score.missed.join(', ')}`,
    );
  });

  it('reports at most 3% of the negatives', () => {
    assert.ok(score.negativesReported <= 0.03, `false alarms: ${score.falseAlarms.join(', ')}`);
  });

  it('reports only negatives argued for in argued-negatives.json, and each of those', () => {
    assert.deepEqual(score.unargued, [], 'reported negatives without an argument (fix them, or argue for them)');
    assert.deepEqual(score.stale, [], 'argued negatives no longer reported (remove them from the note)');
  });
});
