import type { Mark } from './leakCheck';
import type { E2ESession } from './session';

/**
 * What must hold after every step of the scenario (test/e2e/README.md, "The leak check"), as a list
 * of violations described without the values.
 */
export class LeakRules {
  private tokenGone: Mark | undefined;

  constructor(private readonly session: E2ESession) {}

  /** Call as the quick fix starts: from then on the hard-coded token must not reach the browser. */
  tokenMoving(): void {
    this.tokenGone = this.session.leaks.mark();
  }

  violations(): string[] {
    const { leaks, vaultValue, leakedToken } = this.session;
    // The typed value crosses browser→server as keystrokes (validation) and on Enter; never back.
    const found = leaks.leaks(vaultValue, ['received', 'html']).map((where) => `vault key in ${where}`);
    if (this.tokenGone === undefined) return found;
    // The page may keep one trace of its own: the workbench's screen-reader status of the cursor's
    // context when the quick-fix menu opened, built in the browser from the text it had before.
    const announced = new RegExp(`Context: ${leakedToken} at line \\d+ and column \\d+\\.`, 'g');
    return [
      ...found,
      ...leaks
        .leaks(leakedToken, ['received', 'html'], this.tokenGone, announced)
        .map((where) => `moved token in ${where}`),
    ];
  }
}
