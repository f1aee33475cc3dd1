// Keyward runs a rule only where one of its keywords occurs, so a gitleaks rule without keywords
// needs some. A literal that every match must contain is a safe keyword: the longest run of
// literal characters outside groups, classes and optional parts, when the pattern has no
// top-level alternative. None found means the rule cannot be imported without the user's help.

const LITERAL = /[A-Za-z0-9_\-:=/@]/;
const MIN_KEYWORD = 3;

export function requiredLiteral(source: string): string | undefined {
  const runs: string[] = [];
  let run = '';
  let depth = 0;
  const end = () => {
    if (run.length >= MIN_KEYWORD) runs.push(run);
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const next = source[i + 1] ?? '';
    if (c === '\\') {
      // An escaped punctuation character is a literal; \d, \w, \b... are not.
      const literal = /[^A-Za-z0-9]/.test(next) ? next : undefined;
      i++;
      if (depth === 0 && literal) run += literal;
      else if (depth === 0) end();
      continue;
    }
    if (c === '[') {
      i = classEnd(source, i);
      if (depth === 0) end();
      continue;
    }
    if (c === '{') {
      i = Math.max(i, source.indexOf('}', i)); // a repetition count, not text
      if (depth === 0) end();
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return undefined;
    if (depth > 0 || c === ')' || c === '(') {
      end();
      continue;
    }
    if (LITERAL.test(c) && !(next !== '' && '?*{'.includes(next))) run += c;
    else end(); // a quantifier that allows zero repetitions makes the character optional
  }
  end();
  return runs.sort((a, b) => b.length - a.length)[0]?.toLowerCase();
}

function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
  return i;
}
