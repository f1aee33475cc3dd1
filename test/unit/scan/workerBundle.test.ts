import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, useDist } from '../../support/dist';

// Every worker thread parses its bundle before its first file, so what the bundle holds is paid
// once per worker and per scan. zod (the config schemas) was three quarters of it; a worker gets
// its config already validated, as plain data, and must not load it again.
describe('worker bundles', () => {
  useDist();

  for (const bundle of ['scan-worker.js', 'history-worker.js']) {
    it(`${bundle} leaves zod (config validation) to the CLI and the features bundle`, () => {
      const worker = readFileSync(path.join(DIST, bundle), 'utf8');
      const cli = readFileSync(path.join(DIST, 'cli-main.js'), 'utf8');
      assert.ok(cli.includes('ZodError'), 'the CLI bundle should validate configs with zod');
      assert.ok(!worker.includes('ZodError'), `${bundle} contains zod`);
    });
  }
});
