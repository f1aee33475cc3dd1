// The CLI starts its bundle from V8's code cache: used when it is this user's and private,
// rewritten when V8 rejects it, never taken from a folder others can write to.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codeCacheDir } from '../../../src/cli/codeCache';
import { keyward } from '../../support/cli';
import { useDist } from '../../support/dist';
import { runsAsRoot } from '../../support/asUser';

const NOBODY = 65534;
const CODE_CACHE = path.resolve(__dirname, '../../../src/cli/codeCache.ts');

interface Load {
  cache: string;
  exports: unknown;
}

/**
 * loadBundle in a process of its own, saving at the end as the CLI does: within one process V8
 * finds a script it compiled before in its own memory and never looks at the cache file.
 */
function loadBundle(bundle: string, cacheDir: string | undefined): Load {
  const script = `const { loadBundle } = require(${JSON.stringify(CODE_CACHE)});
    const loaded = loadBundle(process.argv[1], process.argv[2] || undefined);
    loaded.save();
    process.stdout.write(JSON.stringify({ cache: loaded.cache, exports: loaded.exports }));`;
  const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script, bundle, cacheDir ?? ''], {
    encoding: 'utf8',
    // A load that waits (on a FIFO, say) fails the test instead of hanging it.
    timeout: 20_000,
  });
  return JSON.parse(out) as Load;
}

describe('the CLI code cache', () => {
  let work: string;
  let bundle: string;
  let cacheDir: string;
  const cacheFiles = () => readdirSync(cacheDir).map((name) => path.join(cacheDir, name));

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'keyward-codecache-'));
    bundle = path.join(work, 'bundle.js');
    // Enough code for V8 to cache, a shebang as dist/cli-main.js could have, and the module's own names.
    const body = Array.from({ length: 50 }, (_, i) => `function f${i}(x) { return x * ${i} + ${i}; }`).join('\n');
    writeFileSync(
      bundle,
      `#!/usr/bin/env node\n${body}\nexports.answer = f2(20);\nexports.where = __filename;\nexports.req = typeof require('node:path').join;\n`,
    );
    cacheDir = path.join(work, 'cache', 'keyward', 'v8');
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('runs the bundle as a module, writes a private cache after a miss and uses it next time', () => {
    const first = loadBundle(bundle, cacheDir);
    assert.deepEqual(first.exports, { answer: 42, where: bundle, req: 'function' });
    assert.equal(first.cache, 'miss');
    const [file] = cacheFiles();
    assert.equal(statSync(cacheDir).mode & 0o777, 0o700);
    assert.equal(statSync(file).mode & 0o777, 0o600);

    const second = loadBundle(bundle, cacheDir);
    assert.equal(second.cache, 'hit');
    assert.deepEqual(second.exports, first.exports);
  });

  it('runs correctly from a cache V8 rejects, and replaces it', () => {
    loadBundle(bundle, cacheDir);
    const [file] = cacheFiles();
    writeFileSync(file, Buffer.alloc(statSync(file).size, 0x5a), { mode: 0o600 });
    const damaged = loadBundle(bundle, cacheDir);
    assert.equal(damaged.cache, 'rejected');
    assert.equal((damaged.exports as { answer: number }).answer, 42);
    assert.equal(loadBundle(bundle, cacheDir).cache, 'hit');
  });

  it('keys the cache by the bundle: a changed bundle never runs another bundle’s code', () => {
    loadBundle(bundle, cacheDir);
    writeFileSync(bundle, 'exports.answer = 7;\n');
    const changed = loadBundle(bundle, cacheDir);
    assert.equal(changed.cache, 'miss');
    assert.deepEqual(changed.exports, { answer: 7 });
  });

  it('ignores a cache in a folder others can write to, and writes none there', () => {
    loadBundle(bundle, cacheDir);
    const [file] = cacheFiles();
    chmodSync(cacheDir, 0o777);
    assert.equal(loadBundle(bundle, cacheDir).cache, 'miss');
    rmSync(file);
    loadBundle(bundle, cacheDir);
    assert.deepEqual(cacheFiles(), []);
  });

  it('does not wait on a FIFO in the cache file’s place', () => {
    loadBundle(bundle, cacheDir);
    const [file] = cacheFiles();
    rmSync(file);
    execFileSync('mkfifo', ['-m', '600', file]);
    const loaded = loadBundle(bundle, cacheDir);
    assert.equal(loaded.cache, 'miss');
    assert.equal((loaded.exports as { answer: number }).answer, 42);
  });

  it('ignores a cache file owned by another user', function () {
    if (!runsAsRoot) this.skip();
    loadBundle(bundle, cacheDir);
    chownSync(cacheFiles()[0], NOBODY, NOBODY);
    assert.equal(loadBundle(bundle, cacheDir).cache, 'miss');
  });

  it('compiles without a cache when none is configured', () => {
    const loaded = loadBundle(bundle, undefined);
    assert.equal(loaded.cache, 'off');
    assert.equal((loaded.exports as { answer: number }).answer, 42);
  });

  it('lives under XDG_CACHE_HOME, else ~/.cache, and is off with NODE_DISABLE_COMPILE_CACHE', () => {
    assert.equal(codeCacheDir({ HOME: '/home/u' }), '/home/u/.cache/keyward/v8');
    assert.equal(codeCacheDir({ HOME: '/home/u', XDG_CACHE_HOME: '/c' }), '/c/keyward/v8');
    assert.equal(codeCacheDir({ HOME: '/home/u', NODE_DISABLE_COMPILE_CACHE: '1' }), undefined);
    assert.equal(codeCacheDir({}), undefined);
  });

  describe('in the built keyward command', () => {
    useDist();

    it('misses once, then starts from the cache, with the same output', () => {
      const env = { XDG_CACHE_HOME: path.join(work, 'xdg'), KEYWARD_DEBUG: '1' };
      const first = keyward(['--version'], { cwd: work, env });
      const second = keyward(['--version'], { cwd: work, env });
      assert.match(first.stderr, /code cache miss/);
      assert.match(second.stderr, /code cache hit/);
      assert.equal(second.stdout, first.stdout);
      assert.equal(second.code, 0);
    });
  });
});
