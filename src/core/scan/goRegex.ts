// Regexes written for Go's RE2 (gitleaks configs, and configs copied from them) as JavaScript
// RegExps. RE2 puts flags inside the pattern (`(?i)token`); Node 20 has no inline modifiers, so a
// leading flag group becomes the RegExp's flags. The other RE2-only spellings with an exact
// JavaScript equivalent are rewritten (`(?P<name>`, `\A`, `\z`, `\Q...\E`, POSIX classes);
// anything else that would change meaning is refused with the reason, never guessed at.

export type Converted = { source: string; flags: string } | { error: string };

const POSIX: Record<string, string> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\n\\v\\f\\r',
  upper: 'A-Z',
  word: 'a-zA-Z0-9_',
  xdigit: '0-9A-Fa-f',
};

const escapeLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

export function fromGoRegex(pattern: string): Converted {
  const lead = /^\(\?([imsU]+)\)/.exec(pattern);
  const flags = new Set(lead?.[1] ?? '');
  if (flags.has('U')) return { error: 'the U (ungreedy) flag has no JavaScript equivalent' };
  let out = '';
  let inClass = false;
  for (let i = lead ? lead[0].length : 0; i < pattern.length; i++) {
    const c = pattern[i];
    const rest = pattern.slice(i);
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        out += escapeLiteral(pattern.slice(i + 2, end === -1 ? undefined : end));
        i = end === -1 ? pattern.length : end + 1;
      } else if ((next === 'A' || next === 'z') && !inClass) {
        if (flags.has('m')) return { error: `\\${next} cannot be expressed with the m flag set` };
        out += next === 'A' ? '^' : '$';
        i++;
      } else if (next === 'p' || next === 'P' || (next === 'x' && pattern[i + 2] === '{')) {
        return { error: `\\${next} escapes need Unicode mode, which changes other escapes` };
      } else {
        out += c + (next ?? '');
        i++;
      }
    } else if (inClass) {
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(rest);
      if (posix) {
        if (posix[1] || !POSIX[posix[2]]) return { error: `the class [:${posix[1]}${posix[2]}:] is not supported` };
        out += POSIX[posix[2]];
        i += posix[0].length - 1;
      } else {
        if (c === ']') inClass = false;
        out += c;
      }
    } else if (c === '[') {
      inClass = true;
      out += c;
      // A ']' right after '[' or '[^' is a literal in RE2, and must be escaped in JavaScript.
      const negated = pattern[i + 1] === '^';
      if (negated) out += '^';
      if (pattern[i + (negated ? 2 : 1)] === ']') out += '\\]';
      i += (negated ? 1 : 0) + (pattern[i + (negated ? 2 : 1)] === ']' ? 1 : 0);
    } else if (rest.startsWith('(?P<')) {
      out += '(?<';
      i += 3;
    } else if (/^\(\?[imsU-]+[:)]/.test(rest)) {
      const group = /^\(\?([imsU]*)(?:-([imsU]+))?([:)])/.exec(rest);
      const on = group?.[1] ?? '';
      const off = group?.[2] ?? '';
      // A scoped group that sets only what is already in force is an ordinary group.
      const redundant = [...on].every((f) => flags.has(f)) && [...off].every((f) => !flags.has(f));
      if (!group || group[3] !== ':' || !redundant) {
        return {
          error: `inline flags inside the pattern (${rest.slice(0, group?.[0].length ?? 4)}) are not supported`,
        };
      }
      out += '(?:';
      i += group[0].length - 1;
    } else {
      out += c;
    }
  }
  const jsFlags = [...flags].filter((f) => 'ims'.includes(f)).join('');
  try {
    new RegExp(out, jsFlags);
  } catch (error) {
    // V8 quotes the whole pattern, which may hold a secret someone meant to match: only the reason is kept.
    const reason = (error as Error).message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '');
    return { error: `does not compile as a JavaScript regex (${reason})` };
  }
  return { source: out, flags: jsFlags };
}
