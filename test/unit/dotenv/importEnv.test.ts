import assert from 'node:assert/strict';
import { readEnvFile } from '../../../src/core/dotenv/envFile';
import { envExample, envWithout } from '../../../src/core/dotenv/envRewrite';
import { describeImport, importEnv, rewriteAfterImport } from '../../../src/core/dotenv/importEnv';
import { nodeFileSystem, type FileSystem } from '../../../src/core/files/fileSystem';
import { Vault } from '../../../src/core/vault/vault';
import { resolveVaultTarget } from '../../../src/core/vault/vaultFile';
import { useTempDir } from '../../support/tempDir';
import { newVault } from '../../support/vault';

// Secrets are assembled at run time so that this file holds none.
const githubToken = () => `ghp_${'R8tQz2LmW5vXc9Kd3Hn7Bp4Yf6Js1Ga0Ue'.slice(0, 30)}${'Xk2m8P'}`;
const stripeKey = () => `sk_live_${'51HqLyjWDarjtT1zdp7dc'}${'Vc3uJ7KfQ2mPp9ZrTx'}`;

const SAMPLE = [
  '# service credentials',
  'API_KEY=abc123def456ghi789',
  'export QUOTED="with spaces and # hash"',
  "MULTI='line one",
  "line two'",
  'EMPTY=',
  'bad-name=value-of-bad-name',
  '',
].join('\n');

describe('.env import', () => {
  const dir = useTempDir();

  it("reads assignments with dotenv's grammar, with the lines each one occupies", () => {
    const file = readEnvFile(SAMPLE);
    assert.ok(file.consistent);
    assert.deepEqual(
      file.entries.map((e) => [e.name, e.value, e.firstLine, e.lastLine]),
      [
        ['API_KEY', 'abc123def456ghi789', 1, 1],
        ['QUOTED', 'with spaces and # hash', 2, 2],
        ['MULTI', 'line one\nline two', 3, 4],
        ['EMPTY', '', 5, 5],
        ['bad-name', 'value-of-bad-name', 6, 6],
      ],
    );
  });

  it('writes a .env.example with names only, keeping comments', () => {
    const { text } = envExample(readEnvFile(SAMPLE));
    assert.equal(
      text,
      ['# service credentials', 'API_KEY=', 'export QUOTED=', 'MULTI=', 'EMPTY=', 'bad-name=', ''].join('\n'),
    );
  });

  it('keeps no commented-out value and no comment quoting a secret in the .env.example', () => {
    const token = githubToken();
    const text = [
      `# STRIPE_KEY=${stripeKey()}`,
      `#export OLD: ${token}`,
      `# rotated from ${token} on Monday`,
      'A=1',
    ].join('\n');
    const example = envExample(readEnvFile(text));
    assert.equal(example.text, ['# STRIPE_KEY=', '#OLD=', 'A='].join('\n'));
    assert.equal(example.droppedLines, 1);
  });

  it('does not leak the continuation lines of a value whose first line ends with an escaped quote', () => {
    const text = ['TOKEN="first line \\"', 'continuation-secret-1', 'continuation-secret-2"', 'NEXT=1'].join('\n');
    const file = readEnvFile(text);
    assert.ok(file.consistent);
    assert.match(file.values.get('TOKEN')!, /continuation-secret-2$/);
    const example = envExample(file).text;
    assert.equal(example, 'TOKEN=\nNEXT=');
  });

  it('stores new names, leaves conflicts and invalid names in the file, and removes only verified values', async () => {
    const { vault } = await newVault(dir());
    await vault.add({ name: 'SAME', value: 'same-value-123456' });
    await vault.add({ name: 'CLASH', value: 'vault-value-123456' });
    const text = [
      '# app',
      'NEW_ONE=new-value-one-123',
      'SAME=same-value-123456',
      'CLASH=env-value-654321',
      'my.api-key=dotted-value-777777',
      'EMPTY=',
      'DUP=first-dup-value-1',
      'DUP=second-dup-value-2',
      '',
    ].join('\n');
    const result = await importEnv(vault, text, { source: '.env' });
    assert.deepEqual(Object.fromEntries(result.outcomes), {
      NEW_ONE: 'stored',
      SAME: 'already-stored',
      CLASH: 'conflict',
      'my.api-key': 'invalid-name',
      EMPTY: 'invalid-value',
      DUP: 'stored',
    });
    assert.equal(await vault.reveal('DUP', 'check'), 'second-dup-value-2', 'the last assignment wins, as in dotenv');
    assert.equal(await vault.reveal('CLASH', 'check'), 'vault-value-123456', 'a conflict changes nothing');
    const rewrite = rewriteAfterImport(result);
    assert.ok(!('refused' in rewrite));
    assert.equal(
      rewrite.remaining.text,
      ['# app', 'CLASH=env-value-654321', 'my.api-key=dotted-value-777777', 'EMPTY=', 'DUP=first-dup-value-1', ''].join(
        '\n',
      ),
    );
    assert.deepEqual(rewrite.remaining.keptNames.sort(), ['CLASH', 'DUP', 'EMPTY', 'my.api-key']);
    const lines = describeImport(result, '.env').join('\n');
    assert.match(lines, /Left in \.env: the vault holds another value for CLASH/);
    assert.match(lines, /Left in \.env: my\.api-key cannot be a key name/);
    vault.close();
  });

  it('removes the file only when nothing but blank lines and clean comments remain', () => {
    const file = readEnvFile('# keys\nA=value-a-123\n\nB=value-b-456\n');
    assert.equal(envWithout(file, new Map([['A', 'value-a-123']])).text, '# keys\n\nB=value-b-456\n');
    assert.equal(
      envWithout(
        file,
        new Map([
          ['A', 'value-a-123'],
          ['B', 'value-b-456'],
        ]),
      ).text,
      undefined,
    );
    const commented = readEnvFile('A=value-a-123\n# OLD=value-old-999\n');
    assert.equal(envWithout(commented, new Map([['A', 'value-a-123']])).text, '# OLD=value-old-999\n');
  });

  it('refuses to rewrite a file it reads differently from dotenv, or a value it failed to verify', async () => {
    const { vault } = await newVault(dir());
    const result = await importEnv(vault, 'A=value-a-123\nB=value-b-456\n', { source: '.env' });
    assert.ok('refused' in rewriteAfterImport({ ...result, file: { ...result.file, consistent: false } }));
    const unverified = { ...result, verified: new Map([['A', 'value-a-123']]) };
    const rewrite = rewriteAfterImport(unverified);
    assert.ok(!('refused' in rewrite));
    assert.equal(rewrite.remaining.text, 'B=value-b-456\n', 'a value not read back stays in the file');
    vault.close();
  });

  it('keeps in the file a value the vault does not hold when read back, though its save said it succeeded', async () => {
    const { vault: created, options } = await newVault(dir());
    created.close();
    // A file system that loses the rename putting the new vault in place, yet reports success.
    const target = resolveVaultTarget(options.path);
    const lostRename: FileSystem = {
      ...nodeFileSystem,
      renameSync: (from, to) =>
        from.endsWith('.tmp') && to === target ? nodeFileSystem.unlinkSync(from) : nodeFileSystem.renameSync(from, to),
    };
    const vault = Vault.open({ ...options, fileSystem: lostRename });
    const value = githubToken();
    const result = await importEnv(vault, `LOST=${value}\n`, { source: '.env' });
    vault.close();
    assert.equal(result.outcomes.get('LOST'), 'unverified');
    assert.equal(result.verified.size, 0, 'nothing counts as stored');
    const rewrite = rewriteAfterImport(result);
    assert.ok('refused' in rewrite || rewrite.remaining.text?.includes(value), 'the value stays in the .env file');
  });

  it('agrees with dotenv on thousands of generated files, and never leaves a value in the example', () => {
    const parts = [
      'A',
      'B_1',
      'my.key',
      '=',
      ' = ',
      ': ',
      '"',
      "'",
      '`',
      '\\"',
      "\\'",
      '\\n',
      '#',
      ' # c',
      '\n',
      '\r\n',
    ];
    const more = ['export ', '  ', 'value-xyz', '\t', '\\', 'A="q', "B='", '\n#C=1', 'D=`'];
    const fragments = [...parts, ...more];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let j = random(25) + 1; j > 0; j--) text += fragments[random(fragments.length)];
      const file = readEnvFile(text);
      assert.ok(file.consistent, JSON.stringify(text));
      const example = envExample(file).text;
      for (const e of file.entries)
        if (e.value.length >= 6) assert.ok(!example.includes(e.value), `${JSON.stringify(text)} leaks ${e.value}`);
    }
  });
});
