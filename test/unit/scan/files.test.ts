import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { blockingFs, promiseFs } from '../../../src/core/scan/sources/listingFs';
import { listFiles } from '../../../src/core/scan/sources/workingTree';
import { makeTree, testConfig } from './workspace-tree';

// Every case runs twice: with the promise-based file-system calls of the extension host, and with
// the blocking ones the CLI uses, which must list exactly the same.
for (const [calls, fs] of [
  ['promise-based', promiseFs],
  ['blocking', blockingFs],
] as const) {
  const listed = async (root: string, config = testConfig(), paths?: string[]) => {
    const { files, skipped } = await listFiles(root, config, paths, { fs });
    return { files: files.map((f) => f.file), skipped: Object.fromEntries(skipped.map((s) => [s.file, s.reason])) };
  };

  describe(`listFiles (${calls} calls): ignore rules`, () => {
    const tree = makeTree({
      '.gitignore': 'build/\n*.log\n!keep.log\n',
      'src/app.ts': 'x',
      'src/debug.log': 'x',
      'src/keep.log': 'x',
      'build/out.js': 'x',
      'pkg/.gitignore': 'generated.ts\n!important.log\n',
      'pkg/important.log': 'x',
      'pkg/other.log': 'x',
      'pkg/generated.ts': 'x',
      'pkg/index.ts': 'x',
      'generated.ts': 'x',
      '.git/config': 'x',
      'node_modules/dep/index.js': 'x',
      'pkg/node_modules/dep/index.js': 'x',
      'test/fixtures/a.env': 'x',
    });
    after(() => tree.dispose());

    it('honours the root and nested .gitignore files, negations included', async () => {
      const { files, skipped } = await listed(tree.root);
      assert.deepEqual(files, [
        '.gitignore',
        'generated.ts',
        'pkg/.gitignore',
        'pkg/important.log',
        'pkg/index.ts',
        'src/app.ts',
        'src/keep.log',
        'test/fixtures/a.env',
      ]);
      assert.equal(skipped['pkg/other.log'], 'ignored by .gitignore', 'root rules reach into subdirectories');
      assert.equal(skipped['build/'], 'ignored by .gitignore');
      assert.equal(skipped['src/debug.log'], 'ignored by .gitignore');
      assert.equal(
        skipped['pkg/generated.ts'],
        'ignored by .gitignore',
        'nested rules apply below their directory only',
      );
      assert.equal(skipped['pkg/important.log'], undefined, 'a nested negation overrides the root rule');
    });

    it('always skips .git and node_modules, at any depth', async () => {
      const { skipped } = await listed(tree.root, testConfig({ gitignore: false }));
      assert.equal(skipped['.git/'], 'git directory');
      assert.equal(skipped['node_modules/'], 'dependency directory');
      assert.equal(skipped['pkg/node_modules/'], 'dependency directory');
    });

    it('gitignore: false scans what .gitignore would hide', async () => {
      const { files } = await listed(tree.root, testConfig({ gitignore: false }));
      assert.ok(
        files.includes('build/out.js') && files.includes('src/debug.log') && files.includes('pkg/generated.ts'),
      );
    });

    it('applies config excludes as gitignore-style globs, even with gitignore off', async () => {
      const { files, skipped } = await listed(
        tree.root,
        testConfig({ gitignore: false, exclude: ['./test/fixtures/**', '*.ts'] }),
      );
      assert.equal(skipped['test/fixtures/a.env'], 'excluded by config');
      assert.equal(skipped['src/app.ts'], 'excluded by config');
      assert.ok(!files.some((f) => f.endsWith('.ts') || f.startsWith('test/fixtures/')));
    });

    it('narrows to named paths without dropping the rules of their ancestors', async () => {
      const { files, skipped } = await listed(tree.root, testConfig(), ['pkg', 'src/debug.log', 'pkg/index.ts']);
      assert.deepEqual(
        files,
        ['pkg/.gitignore', 'pkg/important.log', 'pkg/index.ts'],
        'overlapping paths list a file once',
      );
      assert.equal(skipped['src/debug.log'], 'ignored by .gitignore');
      await assert.rejects(listFiles(tree.root, testConfig(), ['..'], { fs }), { code: 'usage' });
      await assert.rejects(listFiles(tree.root, testConfig(), ['missing'], { fs }), { code: 'usage' });
      await assert.rejects(listFiles(path.join(tree.root, 'no-such-root'), testConfig(), undefined, { fs }), {
        code: 'usage',
      });
    });
  });

  describe(`listFiles (${calls} calls): skips decided by name and size`, () => {
    const tree = makeTree({
      'package-lock.json': '{}',
      'yarn.lock': 'x',
      'pnpm-lock.yaml': 'x',
      'Cargo.lock': 'x',
      'poetry.lock': 'x',
      'Gemfile.lock': 'x',
      'composer.lock': 'x',
      'go.sum': 'x',
      'web/app.min.js': 'x',
      'web/site.min.css': 'x',
      'web/app.js.map': 'x',
      'img/logo.png': 'x',
      'img/photo.JPG': 'x',
      'fonts/a.woff2': 'x',
      'dist.zip': 'x',
      'intro.mp4': 'x',
      'big.txt': 'a'.repeat(2048),
      'small.txt': 'a'.repeat(100),
      '.env': 'x',
    });
    after(() => tree.dispose());

    it('gives every skip its reason', async () => {
      const { files, skipped } = await listed(tree.root, testConfig({ maxFileBytes: 1024 }));
      assert.deepEqual(files, ['.env', 'small.txt']);
      for (const lock of [
        'package-lock.json',
        'yarn.lock',
        'pnpm-lock.yaml',
        'Cargo.lock',
        'poetry.lock',
        'Gemfile.lock',
        'composer.lock',
        'go.sum',
      ]) {
        assert.equal(skipped[lock], 'lock file', lock);
      }
      assert.equal(skipped['web/app.min.js'], 'minified');
      assert.equal(skipped['web/site.min.css'], 'minified');
      assert.equal(skipped['web/app.js.map'], 'source map');
      assert.equal(skipped['img/logo.png'], 'image');
      assert.equal(skipped['img/photo.JPG'], 'image');
      assert.equal(skipped['fonts/a.woff2'], 'font');
      assert.equal(skipped['dist.zip'], 'archive');
      assert.equal(skipped['intro.mp4'], 'media');
      assert.equal(skipped['big.txt'], 'too large');
    });
  });

  describe(`listFiles (${calls} calls): symlinks`, function () {
    if (process.platform === 'win32') return; // creating symlinks needs privileges there
    const outside = makeTree({ 'secret.env': 'x', 'dir/a.txt': 'x' });
    const tree = makeTree({ 'real/a.txt': 'x' });
    before(() => {
      symlinkSync(path.join(outside.root, 'secret.env'), path.join(tree.root, 'out-file'));
      symlinkSync(path.join(outside.root, 'dir'), path.join(tree.root, 'out-dir'));
      symlinkSync(path.join(tree.root, 'real'), path.join(tree.root, 'in-dir'));
      symlinkSync(path.join(os.tmpdir(), 'keyward-no-such-target'), path.join(tree.root, 'dangling'));
    });
    after(() => [tree, outside].forEach((t) => t.dispose()));

    it('never follows a link; a link leaving the root says so', async () => {
      const { files, skipped } = await listed(tree.root);
      assert.deepEqual(files, ['real/a.txt']);
      assert.equal(skipped['out-file'], 'symlink outside root');
      assert.equal(skipped['out-dir'], 'symlink outside root');
      assert.equal(skipped['dangling'], 'symlink outside root');
      assert.equal(skipped['in-dir'], 'symlink');
    });
  });

  describe(`listFiles (${calls} calls): large trees`, () => {
    const tree = makeTree({});
    before(() => {
      for (let d = 0; d < 20; d++) {
        mkdirSync(path.join(tree.root, `d${d}`, 'sub'), { recursive: true });
        for (let f = 0; f < 25; f++) writeFileSync(path.join(tree.root, `d${d}`, 'sub', `f${f}.txt`), 'x'.repeat(f));
      }
    });
    after(() => tree.dispose());

    it('lists every file once, sorted, with its size', async () => {
      const { files } = await listFiles(tree.root, testConfig(), undefined, { fs });
      assert.equal(files.length, 500);
      assert.deepEqual(
        files.map((f) => f.file),
        [...files.map((f) => f.file)].sort(),
      );
      assert.equal(files.find((f) => f.file === 'd3/sub/f7.txt')?.size, 7);
    });

    it('counts the files it accepts as it walks, so that a caller can get ready for a large tree', async () => {
      const counts: number[] = [];
      await listFiles(tree.root, testConfig(), undefined, { fs, onFound: (found) => counts.push(found) });
      assert.deepEqual(
        counts,
        Array.from({ length: 500 }, (_, i) => i + 1),
      );
    });
  });
}
