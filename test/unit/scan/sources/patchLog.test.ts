import assert from 'node:assert/strict';
import type { PatchEvent } from '../../../../src/core/scan/sources/git/patch';
import { PatchLogParser } from '../../../../src/core/scan/sources/git/patchLog';
import { displayPath } from '../../../../src/core/scan/sources/git/quoting';

const header = (sha: string) => `\0${sha}\0Ann\0ann@example.invalid\x002021-03-04T05:06:07+02:00\n\n`;

// One commit: a file whose added lines look like diff headers, two hunks, a deletion, a binary
// file, an excluded file, and a file whose patch is larger than the limit.
const LOG = [
  header('c1'),
  'diff --git a/app.js b/app.js\nindex 1..2 100644\n--- a/app.js\n+++ b/app.js\n',
  '@@ -1,3 +1,4 @@\n \n-removed\n++++ b/not-a-header\n+diff --git a/x b/x\n context two\n',
  '@@ -10 +11,2 @@ function f() {\n-old\n+new one\n+new two\n\\ No newline at end of file\n',
  'diff --git a/gone.js b/gone.js\ndeleted file mode 100644\n--- a/gone.js\n+++ /dev/null\n@@ -1 +0,0 @@\n-bye\n',
  'diff --git a/logo.png b/logo.png\nindex 1..2 100644\nBinary files a/logo.png and b/logo.png differ\n',
  'diff --git a/yarn.lock b/yarn.lock\n--- a/yarn.lock\n+++ b/yarn.lock\n@@ -1 +1 @@\n-a\n+b\n',
  'diff --git "a/sp ace" "b/sp ace"\n--- "a/sp ace"\t\n+++ "b/sp \\303\\251"\t\n@@ -0,0 +1 @@\n+',
  'x'.repeat(200),
  '\n',
  header('c2'),
].join('');

function parse(chunk: number): PatchEvent[] {
  const events: PatchEvent[] = [];
  const parser = new PatchLogParser({
    maxPatchBytes: 100,
    wants: (path) => !path.toString().endsWith('.lock'),
    onEvent: (e) => events.push(e),
  });
  const data = Buffer.from(LOG);
  for (let i = 0; i < data.length; i += chunk) parser.push(data.subarray(i, i + chunk));
  parser.end();
  return events;
}

describe('PatchLogParser', () => {
  it('yields the new side of every hunk with added lines marked, wherever chunks are cut', () => {
    for (const size of [1, 3, 64, 100_000]) {
      const events = parse(size);
      const summary = events.map((e) =>
        e.kind === 'commit'
          ? `commit ${e.commit.sha}`
          : e.kind === 'skipped'
            ? `skipped ${e.path ? displayPath(e.path) : '?'} ${e.reason}`
            : `patch ${displayPath(e.patch.path)}`,
      );
      assert.deepEqual(
        summary,
        [
          'commit c1',
          'patch app.js',
          'skipped ? binary',
          'skipped yarn.lock excluded',
          'skipped sp é too large',
          'commit c2',
        ],
        `chunks of ${size}`,
      );
      const patch = events.find((e) => e.kind === 'patch');
      assert.ok(patch?.kind === 'patch');
      assert.deepEqual(patch.patch.text.toString().split('\n'), [
        '',
        '+++ b/not-a-header',
        'diff --git a/x b/x',
        'context two',
        '',
        'new one',
        'new two',
      ]);
      assert.deepEqual(patch.patch.lineNumbers, [1, 2, 3, 4, 0, 11, 12]);
      assert.deepEqual([...patch.patch.added], [0, 1, 1, 0, 0, 1, 1]);
      assert.deepEqual(patch.patch.commit, {
        sha: 'c1',
        author: 'Ann',
        email: 'ann@example.invalid',
        date: '2021-03-04T05:06:07+02:00',
      });
    }
  });

  it('rejects a hunk header it cannot read rather than guessing', () => {
    const parser = new PatchLogParser({ maxPatchBytes: 100, wants: () => true, onEvent: () => {} });
    assert.throws(() => parser.push(Buffer.from(`${header('c1')}+++ b/a\n@@ nonsense @@\n`)), /unexpected hunk header/);
  });
});
