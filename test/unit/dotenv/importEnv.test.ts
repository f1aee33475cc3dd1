import assert from 'node:assert/strict';
import { parseEnvFile, toEnvExample } from '../../../src/core/dotenv/importEnv';

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
  it("parses entries with dotenv's grammar and skips what cannot be a vault key", () => {
    const { entries, skipped } = parseEnvFile(SAMPLE);
    assert.deepEqual(entries, [
      { name: 'API_KEY', value: 'abc123def456ghi789' },
      { name: 'QUOTED', value: 'with spaces and # hash' },
      { name: 'MULTI', value: 'line one\nline two' },
    ]);
    assert.deepEqual(skipped.sort(), ['EMPTY', 'bad-name']);
  });

  it('writes a .env.example with names only, keeping comments', () => {
    const example = toEnvExample(SAMPLE);
    assert.equal(
      example,
      ['# service credentials', 'API_KEY=', 'export QUOTED=', 'MULTI=', 'EMPTY=', 'bad-name=', ''].join('\n'),
    );
    for (const value of ['abc123', 'spaces', 'line one', 'line two']) assert.ok(!example.includes(value));
  });
});
