import assert from 'node:assert/strict';
import { parseScanConfig } from '../../../src/core/scan/config';
import { scanHistory } from '../../../src/core/scan/historyScan';
import type { CommitMeta, PatchEvent } from '../../../src/core/scan/sources/git/patch';
import { randomToken } from './workspace-tree';

const config = parseScanConfig(
  JSON.stringify({
    extraRules: [
      { id: 'acme-token', description: 'ACME token', regex: 'acme_live_[A-Za-z0-9]{32}', keywords: ['acme_live_'] },
    ],
  }),
);

const commit = (sha: string): CommitMeta => ({ sha, author: 'A', email: 'a@x', date: `2021-01-0${sha}T00:00:00Z` });

/** A patch event from `[fileLine, added, text]` rows. */
function patch(sha: string, file: string, rows: [number, 0 | 1, string][]): PatchEvent {
  return {
    kind: 'patch',
    patch: {
      commit: commit(sha),
      path: Buffer.from(file),
      text: Buffer.from(rows.map((r) => r[2]).join('\n')),
      lineNumbers: rows.map((r) => r[0]),
      added: Uint8Array.from(rows.map((r) => r[1])),
    },
  };
}

describe('scanHistory', () => {
  it('reports a secret on an added line at its file line, and not one on a context line', async () => {
    const kept = `acme_live_${randomToken(32)}`;
    const old = `acme_live_${randomToken(32)}`;
    const result = await scanHistory(
      [
        { kind: 'commit', commit: commit('2') },
        patch('2', 'a.js', [
          [40, 0, `x = "${old}"`],
          [41, 1, `y = "${kept}"`],
        ]),
      ],
      config,
    );
    assert.deepEqual(
      result.findings.map((f) => [f.file, f.line, f.commit?.sha]),
      [['a.js', 41, '2']],
    );
    assert.equal(result.commitsScanned, 1);
    assert.equal(result.filesScanned, 1);
  });

  it('reports leaked values, not insecure patterns (those are about the code as it is now)', async () => {
    const result = await scanHistory(
      [patch('2', 'log.ts', [[3, 1, 'console.log("key", apiKey);']])],
      parseScanConfig('{}'),
    );
    assert.deepEqual(result.findings, []);
  });

  it('keeps the oldest sighting (events come newest first) and counts commits, not sightings', async () => {
    const token = `acme_live_${randomToken(32)}`;
    const result = await scanHistory(
      [
        patch('3', 'late.js', [[1, 1, token]]),
        patch('2', 'b.js', [[5, 1, token]]),
        patch('2', 'c.js', [[6, 1, token]]),
        patch('1', 'first.js', [[9, 1, token]]),
      ],
      config,
    );
    assert.equal(result.findings.length, 1);
    assert.equal(result.findings[0].file, 'first.js');
    assert.equal(result.findings[0].line, 9);
    assert.equal(result.findings[0].commit?.commits, 3);
  });
});
