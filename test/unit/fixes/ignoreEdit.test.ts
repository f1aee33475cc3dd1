import assert from 'node:assert/strict';
import { planIgnoreComment } from '../../../src/core/fixes/ignoreEdit';

const SECRET = ['zz', 'TOP', '9', 'value'].join('');

function ignore(template: string, languageId: string): string | undefined {
  const text = template.replace('@', SECRET);
  const start = text.indexOf(SECRET);
  const edit = planIgnoreComment(text, start, start + SECRET.length, languageId, 'some-rule');
  return edit && text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

describe('ignore on this line', () => {
  it("appends the language's comment naming the rule, after trailing spaces", () => {
    assert.equal(
      ignore('const k = "@";  \nnext();', 'typescript'),
      `const k = "${SECRET}"; // keyward-ignore some-rule\nnext();`,
    );
    assert.equal(ignore('k = "@"\r\n', 'python'), `k = "${SECRET}" # keyward-ignore some-rule\r\n`);
    assert.equal(ignore('<a href="@">', 'html'), `<a href="${SECRET}"> <!-- keyward-ignore some-rule -->`);
  });

  it('puts a next-line marker above, indented, where a trailing comment could change the value', () => {
    assert.equal(ignore('A=1\nKEY=@\n', 'dotenv'), `A=1\n# keyward-ignore-next-line some-rule\nKEY=${SECRET}\n`);
    assert.equal(
      ignore('  run --token @ \\\n  --x', 'shellscript'),
      `  # keyward-ignore-next-line some-rule\n  run --token ${SECRET} \\\n  --x`,
    );
  });

  it('puts the marker above a finding that spans lines', () => {
    const text = `  const pem = \`${SECRET}\n${SECRET}\`;\n`;
    const start = text.indexOf(SECRET);
    const edit = planIgnoreComment(text, start, text.lastIndexOf(SECRET) + SECRET.length, 'javascript', 'private-key');
    assert.deepEqual(edit, { start: 0, end: 0, newText: '  // keyward-ignore-next-line private-key\n' });
  });

  it('offers nothing where the format has no comments', () => {
    assert.equal(ignore('{"k": "@"}', 'json'), undefined);
  });
});
