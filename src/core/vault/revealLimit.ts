const WINDOW_MS = 60_000;

/**
 * Counts reveals over the last minute. A burst of copies is how a stolen session or a runaway
 * script drains a vault, so beyond the limit the extension asks before revealing more.
 */
export class RevealRateLimiter {
  private readonly times: number[] = [];

  constructor(
    private maxPerMinute: () => number,
    private readonly now: () => number = Date.now,
  ) {}

  /** How many reveals happened in the last minute, and whether `count` more stay within the limit (0 = no limit). */
  check(count = 1): { recent: number; allowed: boolean } {
    this.prune();
    const max = this.maxPerMinute();
    return { recent: this.times.length, allowed: max <= 0 || this.times.length + count <= max };
  }

  record(count = 1): void {
    const at = this.now();
    for (let i = 0; i < count; i++) this.times.push(at);
  }

  private prune(): void {
    const cutoff = this.now() - WINDOW_MS;
    while (this.times.length && this.times[0] <= cutoff) this.times.shift();
  }
}
