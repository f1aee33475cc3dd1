import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, useDist } from '../support/dist';

// Guards the split that keeps activation cheap (see esbuild.mjs and src/extension/features.ts):
// a stray static import would pull the scanner, the provider table or sql.js back into activation.
describe('activation bundle', () => {
  useDist();
  let activation: string;
  let features: string;
  before(() => {
    activation = readFileSync(path.join(DIST, 'extension.js'), 'utf8');
    features = readFileSync(path.join(DIST, 'features.js'), 'utf8');
  });

  it('leaves the scanner rules, the provider table and sql.js to the features bundle', () => {
    for (const marker of ['aws-access-key-id', 'GitHub tokens start with', 'sqlite3_prepare_v2']) {
      assert.ok(!activation.includes(marker), `the activation bundle contains ${marker}`);
      assert.ok(features.includes(marker), `the features bundle lacks ${marker}`);
    }
  });

  it('reaches the features bundle by a runtime require', () => {
    assert.match(activation, /require\("\.\/features\.js"\)/);
  });
});
