import assert from 'node:assert/strict';
import { planEnvReplacement } from '../../../src/core/fixes/envEdit';
import type { TextEdit } from '../../../src/core/fixes/textEdit';

// `§` marks where the secret goes. A made-up value; the planner only looks at its position, so its shape does not matter.
const SECRET = ['abc', 'DEF', '123', 'xyz', 'QRS'].join('');

/** Applies edits (sorted, non-overlapping) the way an editor would. */
function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

function rewrite(template: string, languageId: string, name = 'API_KEY'): string | undefined {
  const text = template.replace('§', SECRET);
  const start = text.indexOf(SECRET);
  const edits = planEnvReplacement(text, { start, end: start + SECRET.length }, languageId, name);
  return edits && apply(text, edits);
}

describe('move to vault: replacing a literal with an environment reference', () => {
  it('replaces the whole quoted literal, quotes included, in code', () => {
    assert.equal(rewrite('const key = "§";', 'typescript'), 'const key = process.env.API_KEY;');
    assert.equal(rewrite("const key = '§';", 'javascript'), 'const key = process.env.API_KEY;');
    assert.equal(rewrite('String key = "§";', 'java'), 'String key = System.getenv("API_KEY");');
    assert.equal(rewrite('key = "§"', 'ruby'), 'key = ENV["API_KEY"]');
  });

  it('keeps the rest of a literal the secret is only part of', () => {
    assert.equal(
      rewrite('const url = "https://u:§@host/db";', 'typescript'),
      'const url = "https://u:" + process.env.API_KEY + "@host/db";',
    );
    assert.equal(rewrite('const h = `Bearer §`;', 'typescript'), 'const h = `Bearer ${process.env.API_KEY}`;');
    assert.equal(rewrite("$u = 'x§';", 'php'), "$u = 'x' . getenv('API_KEY');");
    assert.equal(rewrite('let u = "x§";', 'rust'), undefined, 'Rust cannot add a String to a &str literal');
  });

  it('takes string prefixes and triple quotes with the literal', () => {
    assert.equal(rewrite('import os\nKEY = r"§"\n', 'python'), 'import os\nKEY = os.environ["API_KEY"]\n');
    assert.equal(rewrite('import os\nKEY = """§"""\n', 'python'), 'import os\nKEY = os.environ["API_KEY"]\n');
    assert.equal(rewrite('var k = @"§";', 'csharp'), 'var k = Environment.GetEnvironmentVariable("API_KEY");');
  });

  it('adds `import os` to Python files that lack it, after the docstring and __future__ imports', () => {
    assert.equal(rewrite('KEY = "§"\n', 'python'), 'import os\nKEY = os.environ["API_KEY"]\n');
    assert.equal(
      rewrite('#!/usr/bin/env python\n"""Doc."""\nfrom __future__ import annotations\nKEY = "§"\n', 'python'),
      '#!/usr/bin/env python\n"""Doc."""\nfrom __future__ import annotations\nimport os\nKEY = os.environ["API_KEY"]\n',
    );
    assert.equal(
      rewrite('import sys, os.path\nKEY = "§"\n', 'python'),
      'import sys, os.path\nKEY = os.environ["API_KEY"]\n',
    );
  });

  it('adds the "os" import to Go files that lack it', () => {
    assert.equal(
      rewrite('package main\n\nimport (\n\t"fmt"\n)\n\nvar k = "§"\n', 'go'),
      'package main\n\nimport (\n\t"os"\n\t"fmt"\n)\n\nvar k = os.Getenv("API_KEY")\n',
    );
    assert.equal(
      rewrite('package main\n\nvar k = "§"\n', 'go'),
      'package main\n\nimport "os"\n\nvar k = os.Getenv("API_KEY")\n',
    );
    assert.equal(
      rewrite('package main\nimport "os"\nvar k = "§"\n', 'go'),
      'package main\nimport "os"\nvar k = os.Getenv("API_KEY")\n',
    );
  });

  it('writes shell references that expand: bare, in double quotes, and around single quotes', () => {
    assert.equal(rewrite('export TOKEN=§', 'shellscript'), 'export TOKEN="${API_KEY}"');
    assert.equal(
      rewrite('curl -H "Authorization: Bearer §"', 'shellscript'),
      'curl -H "Authorization: Bearer ${API_KEY}"',
    );
    assert.equal(rewrite("TOKEN='§'", 'shellscript'), 'TOKEN="$API_KEY"');
    assert.equal(rewrite("H='Bearer §'", 'shellscript'), `H='Bearer '"\${API_KEY}"''`);
  });

  it('writes ${NAME} in YAML, keeping its quotes', () => {
    assert.equal(rewrite('token: §', 'yaml'), 'token: ${API_KEY}');
    assert.equal(rewrite('token: "§"', 'yaml'), 'token: "${API_KEY}"');
  });

  it('drops the whole value in .env files and keeps the name', () => {
    assert.equal(rewrite('API_KEY=§\nOTHER=1\n', 'dotenv'), 'API_KEY=\nOTHER=1\n');
    assert.equal(rewrite('API_KEY = "§" # prod\n', 'dotenv'), 'API_KEY =  # prod\n');
    assert.equal(rewrite('DB_URL=postgres://u:§@host\n', 'dotenv'), 'DB_URL=\n');
  });

  it('offers nothing for languages without environment references', () => {
    assert.equal(rewrite('key: §', 'plaintext'), undefined);
  });
});
