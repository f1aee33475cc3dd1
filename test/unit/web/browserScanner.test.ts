// The browser build (vscode.dev) runs the same scanner as Node with node:crypto, node:zlib,
// node:vm and Buffer replaced (src/web-shims/). Here that build's scanner runs in a context with
// a browser's globals only, and must report exactly what the Node scanner reports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { createScanner } from '../../../src/core/scan/engine';
import { builtinRules } from '../../../src/core/scan/rules/index';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.join(ROOT, 'test/fixtures/corpus');

interface BrowserScanner {
  /** JSON of the findings: objects made in the other context compare badly with deepEqual. */
  scan(text: string, file: string): string;
}

/** Bundles the scanner as the browser build does and starts it where only browser globals exist. */
async function browserScanner(): Promise<BrowserScanner> {
  const { browserBuild } = await import('../../../scripts/browserShims.mjs');
  const entry = `
    import { createScanner } from './src/core/scan/engine';
    import { builtinRules } from './src/core/scan/rules/index';
    const scanner = createScanner(builtinRules);
    globalThis.keyward = { scan: (text, file) => JSON.stringify(scanner.scanText(text, file)) };`;
  const built = await esbuild.build({
    ...browserBuild,
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  const sandbox = vm.createContext({ TextEncoder, TextDecoder, crypto: globalThis.crypto, console, atob, btoa });
  vm.runInContext(built.outputFiles[0].text, sandbox);
  return (sandbox as { keyward: BrowserScanner }).keyward;
}

/** A finding as the editor shows it; fingerprints differ by design (a random key per process). */
const shown = (findings: { fingerprint?: string }[]) => findings.map(({ fingerprint: _, ...rest }) => rest);

describe('the browser build’s scanner', function () {
  this.timeout(60_000);
  let browser: BrowserScanner;
  before(async () => (browser = await browserScanner()));

  it('reports what the Node scanner reports on the labelled corpus, finding for finding', () => {
    const labels = JSON.parse(readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) as {
      secrets: Record<string, unknown>;
    };
    const node = createScanner(builtinRules);
    let total = 0;
    for (const file of Object.keys(labels.secrets)) {
      const text = readFileSync(path.join(CORPUS, 'files', file), 'utf8');
      const expected = shown(node.scanText(text, file));
      total += expected.length;
      assert.deepEqual(shown(JSON.parse(browser.scan(text, file)) as { fingerprint?: string }[]), expected, file);
    }
    assert.ok(total > 150, `${total} findings compared`);
  });
});
