// The import an environment reference needs, when the file lacks it: Python's `os.environ`
// needs `import os`, Go's `os.Getenv` needs the "os" package. Other languages need nothing.
import type { TextEdit } from './textEdit';

// `import os`, `import sys, os`, `import os.path` all bind the name `os`.
const PYTHON_IMPORTS_OS =
  /^[ \t]*import[ \t]+(?:[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*,[ \t]*)*os(?:\.[\w.]+)?[ \t]*(?:[,;#]|$)/m;
const GO_IMPORTS_OS = /^\s*(?:import\s+)?(?:\w+\s+)?"os"\s*$/m;

export function importEdit(text: string, languageId: string): TextEdit | undefined {
  if (languageId === 'python')
    return PYTHON_IMPORTS_OS.test(text) ? undefined : insertAt(pythonImportOffset(text), 'import os\n');
  if (languageId === 'go') return GO_IMPORTS_OS.test(text) ? undefined : goImport(text);
  return undefined;
}

/** After the leading comments (shebang, encoding), a module docstring and `from __future__` imports. */
function pythonImportOffset(text: string): number {
  const docstring = /^(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*[rRuU]?("""|''')[\s\S]*?\1[^\n]*\n/.exec(text);
  const offset = docstring ? docstring[0].length : /^(?:[ \t]*#.*\r?\n)*/.exec(text)![0].length;
  const future = /^(?:from[ \t]+__future__[ \t]+import[^\n]*\n)+/.exec(text.slice(offset));
  return offset + (future?.[0].length ?? 0);
}

function goImport(text: string): TextEdit | undefined {
  const block = /^import[ \t]*\([ \t]*\r?\n/m.exec(text);
  if (block) return insertAt(block.index + block[0].length, '\t"os"\n');
  const pkg = /^package[ \t]+\w+[^\n]*\n/m.exec(text);
  if (pkg) return insertAt(pkg.index + pkg[0].length, '\nimport "os"\n');
  return undefined;
}

function insertAt(offset: number, newText: string): TextEdit {
  return { start: offset, end: offset, newText };
}
