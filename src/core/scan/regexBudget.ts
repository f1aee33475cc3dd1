// Workspace-defined regexes (`extraRules`) are not vetted like the built-in rules, and one that
// backtracks catastrophically would hang a CI scan, a pre-commit hook or the editor. They are
// probed on adversarial inputs when the config loads, and every match runs under a time budget:
// V8 cannot interrupt a regex from the same thread, but a script run through node:vm with a
// timeout is interrupted, regex included.
import vm from 'node:vm';
import { adversarialInputs } from './adversarial';

/**
 * Per adversarial input at load. Linear patterns need well under a millisecond at this size, but
 * the budget is wall-clock time, so it is generous enough for a machine that is busy elsewhere.
 */
const PROBE_SIZE = 64 * 1024;
export const PROBE_BUDGET_MS = 1_000;
/** Per file and rule while scanning. */
export const MATCH_BUDGET_MS = 2_000;

// A function expression, so that a context reused across calls gets no lingering top-level bindings.
const EXEC_ALL = new vm.Script(`(() => {
  const found = [];
  for (let w = 0; w < windows.length; w += 2) {
    const slice = text.slice(windows[w], windows[w + 1]);
    if (gate && !gate(slice)) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
      if (m[0].length === 0) regex.lastIndex++;
      found.push(windows[w], m);
    }
  }
  return found;
})()`);

export class RegexBudgetExceeded extends Error {}

/**
 * A regex (with the `g` flag) whose matches are collected under a time budget. The vm context is
 * made once and reused, since making one costs about a millisecond.
 */
export class BudgetedRegex {
  private readonly context: vm.Context;

  constructor(regex: RegExp, gate?: (slice: string) => boolean) {
    this.context = vm.createContext({ regex, gate, text: '', windows: [] });
  }

  /** Every match in each `[start, end)` window of `text`, as [window start, match] pairs; throws RegexBudgetExceeded. */
  execAll(text: string, windows: ArrayLike<number>, budgetMs: number): (number | RegExpExecArray)[] {
    Object.assign(this.context, { text, windows });
    try {
      return EXEC_ALL.runInContext(this.context, { timeout: budgetMs }) as (number | RegExpExecArray)[];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new RegexBudgetExceeded();
      throw error;
    } finally {
      Object.assign(this.context, { text: '', windows: [] });
    }
  }
}

/** Which adversarial input, if any, a pattern fails to get through within the probe budget. */
export function findBacktrackingInput(pattern: RegExp, keywords: readonly string[]): number | undefined {
  const budgeted = new BudgetedRegex(new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'g'));
  const inputs = adversarialInputs(keywords, PROBE_SIZE);
  for (const [i, input] of inputs.entries()) {
    try {
      budgeted.execAll(input, [0, input.length], PROBE_BUDGET_MS);
    } catch (error) {
      if (error instanceof RegexBudgetExceeded) return i;
      throw error;
    }
  }
  return undefined;
}
