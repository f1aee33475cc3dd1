// Runs one rule's regex over its windows and extracts the secret with its offsets.
import { BudgetedRegex } from './regexBudget';
import type { Rule } from './types';
import type { Windows } from './windows';

export interface CompiledRule {
  rule: Rule;
  regex: RegExp;
  /** Case-insensitive test for the rule's `alsoKeywords`, when it has some. */
  alsoGate?: (window: string) => boolean;
  /** For rules with a time budget (workspace-defined ones): the regex run through node:vm. */
  budgeted?: BudgetedRegex;
}

export interface RawMatch {
  /** Reported range, end exclusive. */
  start: number;
  end: number;
  secret: string;
  /** The whole match, for context-aware filters (e.g. the assigned name), and where it starts. */
  context: string;
  contextStart: number;
}

/** A private copy with the flags the engine needs: `g` to iterate, `d` for group offsets. */
export function compileRule(rule: Rule): CompiledRule {
  let flags = rule.pattern.flags.replace(/[gyd]/g, '') + 'g';
  if (rule.secretGroup !== undefined) flags += 'd';
  const regex = new RegExp(rule.pattern.source, flags);
  const alsoGate = rule.alsoKeywords?.length ? gateFor(rule.alsoKeywords) : undefined;
  const budgeted = rule.timeBudgetMs === undefined ? undefined : new BudgetedRegex(regex, alsoGate);
  return { rule, regex, ...(alsoGate && { alsoGate }), ...(budgeted && { budgeted }) };
}

/** Without letters, case does not matter and `includes` beats a regex test (it runs per window). */
function gateFor(keywords: readonly string[]): (window: string) => boolean {
  if (!keywords.some((k) => /[a-z]/i.test(k))) {
    return (window) => {
      for (const keyword of keywords) if (window.includes(keyword)) return true;
      return false;
    };
  }
  const any = new RegExp(keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');
  return (window) => any.test(window);
}

/** Throws RegexBudgetExceeded when a rule with a time budget overruns it. */
export function matchRule(
  { rule, regex, alsoGate, budgeted }: CompiledRule,
  text: string,
  windows: Windows,
): RawMatch[] {
  const matches: RawMatch[] = [];
  if (budgeted) {
    const found = budgeted.execAll(text, windows, rule.timeBudgetMs!);
    for (let i = 0; i < found.length; i += 2) {
      const match = extract(rule, found[i + 1] as RegExpExecArray, found[i] as number);
      if (match) matches.push(match);
    }
    return matches;
  }
  for (let w = 0; w < windows.length; w += 2) {
    const base = windows[w];
    const slice = text.slice(base, windows[w + 1]);
    if (alsoGate && !alsoGate(slice)) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
      if (m[0].length === 0) regex.lastIndex++;
      const found = extract(rule, m, base);
      if (found) matches.push(found);
    }
  }
  return matches;
}

function extract(rule: Rule, m: RegExpExecArray, base: number): RawMatch | undefined {
  const matchStart = base + m.index;
  const matchEnd = matchStart + m[0].length;
  if (rule.secretGroup === undefined) {
    return m[0].length > 0
      ? { start: matchStart, end: matchEnd, secret: m[0], context: m[0], contextStart: matchStart }
      : undefined;
  }
  const secret = m[rule.secretGroup];
  const span = m.indices?.[rule.secretGroup];
  if (!secret || !span) return undefined;
  if (rule.spanWholeMatch) return { start: matchStart, end: matchEnd, secret, context: m[0], contextStart: matchStart };
  return { start: base + span[0], end: base + span[1], secret, context: m[0], contextStart: matchStart };
}
