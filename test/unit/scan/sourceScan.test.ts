import assert from 'node:assert/strict';
import { parseScanConfig } from '../../../src/core/scan/config';
import { scanSource } from '../../../src/core/scan/sourceScan';
import type { SourceItem } from '../../../src/core/scan/sources/types';
import { randomToken } from './workspace-tree';

const config = parseScanConfig(
  JSON.stringify({
    extraRules: [
      { id: 'acme-token', description: 'ACME token', regex: 'acme_live_[A-Za-z0-9]{32}', keywords: ['acme_live_'] },
    ],
  }),
);
const acmeToken = () => `acme_live_${randomToken(32)}`;

const items = (list: SourceItem[]) => list;

describe('scanSource', () => {
  it('scans each text as it arrives: masked findings sorted by file and line, skips passed through', async () => {
    const token = acmeToken();
    const result = await scanSource(
      items([
        { file: 'src/b.ts', bytes: Buffer.from(`\n\nx("${token}")`) },
        { file: 'yarn.lock', reason: 'lock file' },
        { file: 'src/a.ts', bytes: Buffer.from(`\uFEFFx("${token}")`) },
      ]),
      config,
    );
    assert.deepEqual(
      result.findings.map((f) => [f.file, f.line, f.column]),
      [
        ['src/a.ts', 1, 4],
        ['src/b.ts', 3, 4],
      ],
    );
    assert.ok(result.findings.every((f) => !f.masked.includes(token.slice(10, 30))));
    assert.deepEqual(result.skipped, [{ file: 'yarn.lock', reason: 'lock file' }]);
    assert.equal(result.filesScanned, 2);
    assert.equal(result.bytesScanned, Buffer.byteLength(`\n\nx("${token}")\uFEFFx("${token}")`));
  });

  it('ignores extra rules when untrusted', async () => {
    const result = await scanSource(items([{ file: 'a.ts', bytes: Buffer.from(`x("${acmeToken()}")`) }]), config, {
      trusted: false,
    });
    assert.deepEqual(result.findings, []);
  });
});
