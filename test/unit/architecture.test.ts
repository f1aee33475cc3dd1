import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const CORE = path.resolve(__dirname, '../../src/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('architecture', () => {
  it('src/core never imports vscode, so it runs and is tested on plain Node', () => {
    const files = sourceFiles(CORE);
    assert.ok(files.length > 10, 'found the core sources');
    const offenders = files.filter((file) =>
      /(?:from\s+|require\(\s*|import\(\s*)['"]vscode['"]/.test(readFileSync(file, 'utf8')),
    );
    assert.deepEqual(
      offenders.map((f) => path.relative(CORE, f)),
      [],
    );
  });

  it('src/core never imports from the shells', () => {
    const offenders = sourceFiles(CORE).filter((file) =>
      /from\s+['"](?:\.\.\/)+(?:extension|cli)\//.test(readFileSync(file, 'utf8')),
    );
    assert.deepEqual(
      offenders.map((f) => path.relative(CORE, f)),
      [],
    );
  });
});
