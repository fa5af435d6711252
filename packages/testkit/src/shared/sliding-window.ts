/** The rate-limit state reported on a response. */
export interface WindowState {
  readonly limit: number;
  readonly remaining: number;
  /** When the oldest counted request leaves the window (ms epoch); `now` when the window is empty. */
  readonly resetAt: number;
}

/**
 * A sliding-window log: a request is admitted when fewer than `limit` admitted requests started in the
 * last `windowMs`. Rejected requests are not counted, so a client that backs off recovers.
 */
export class SlidingWindow {
  readonly limit: number;
  readonly windowMs: number;
  #admitted: number[] = [];

  constructor(limit: number, windowMs: number) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`rateLimit.limit must be a positive integer, got ${limit}`);
    }
    if (!Number.isFinite(windowMs) || windowMs <= 0)
      throw new RangeError(`rateLimit.windowMs must be positive, got ${windowMs}`);
    this.limit = limit;
    this.windowMs = windowMs;
  }

  #prune(now: number): void {
    let drop = 0;
    while (drop < this.#admitted.length && (this.#admitted[drop] ?? 0) <= now - this.windowMs) drop += 1;
    if (drop > 0) this.#admitted.splice(0, drop);
  }

  #state(now: number): WindowState {
    const oldest = this.#admitted[0];
    return {
      limit: this.limit,
      remaining: Math.max(0, this.limit - this.#admitted.length),
      resetAt: oldest === undefined ? now : oldest + this.windowMs,
    };
  }

  /** The state without counting a request (for answers given before the limiter, like 401). */
  peek(now: number): WindowState {
    this.#prune(now);
    return this.#state(now);
  }

  /** Counts a request if the window has room; `admitted: false` means answer 429. */
  admit(now: number): WindowState & { readonly admitted: boolean } {
    this.#prune(now);
    const admitted = this.#admitted.length < this.limit;
    if (admitted) this.#admitted.push(now);
    return { ...this.#state(now), admitted };
  }

  /** Forgets every counted request. */
  clear(): void {
    this.#admitted = [];
  }
}
