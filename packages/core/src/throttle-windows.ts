/** One rate window: no more than `limit` task starts in any `intervalMs`. */
export interface RateWindow {
  readonly limit: number;
  readonly intervalMs: number;
}

const isValidWindow = (window: RateWindow): boolean =>
  Number.isInteger(window.limit) && window.limit > 0 && Number.isFinite(window.intervalMs) && window.intervalMs >= 0;

/** The windows checked and copied; throws a `RangeError` on an empty list, a non-whole limit or a negative interval. */
export const checkWindows = (windows: readonly RateWindow[]): readonly RateWindow[] => {
  if (windows.length === 0 || !windows.every(isValidWindow)) {
    throw new RangeError("a throttle needs windows with a positive whole `limit` and a non-negative `intervalMs`");
  }
  return Object.freeze(windows.map(({ limit, intervalMs }) => Object.freeze({ limit, intervalMs })));
};

/** The shortest interval of the windows: how long to wait when the server says "no room" and not for how long. */
export const shortestInterval = (windows: readonly RateWindow[]): number =>
  Math.min(...windows.map((window) => window.intervalMs));

/** Times (ascending) at which settled tasks give their slot back in one window. */
class Releases {
  #times: number[] = [];
  #head = 0;

  get size(): number {
    return this.#times.length - this.#head;
  }

  push(at: number): void {
    this.#times.push(at);
  }

  /** The `n`-th release still pending (0-based). */
  at(n: number): number | undefined {
    return this.#times[this.#head + n];
  }

  /** Forgets the releases at or before `now`. */
  prune(now: number): void {
    while (this.#head < this.#times.length && (this.#times[this.#head] ?? 0) <= now) this.#head += 1;
    if (this.#head > 1024 && this.#head * 2 > this.#times.length) {
      this.#times = this.#times.slice(this.#head);
      this.#head = 0;
    }
  }
}

/**
 * The budget of several windows in one process, as plain data with the clock passed in. A task holds a slot in
 * every window from its start until `intervalMs` after it settles; a pause (the server said "no room") holds
 * every start until it ends.
 */
export class WindowLedger {
  readonly windows: readonly RateWindow[];
  #running = 0;
  #releases: Releases[];
  #pausedUntil = Number.NEGATIVE_INFINITY;

  constructor(windows: readonly RateWindow[]) {
    this.windows = checkWindows(windows);
    this.#releases = this.windows.map(() => new Releases());
  }

  /** Tasks started and not yet settled. */
  get running(): number {
    return this.#running;
  }

  /** How many tasks may start at `now`. */
  room(now: number): number {
    if (now < this.#pausedUntil) return 0;
    let room = Number.POSITIVE_INFINITY;
    this.windows.forEach((window, i) => {
      const releases = this.#releases[i] as Releases;
      releases.prune(now);
      room = Math.min(room, window.limit - this.#running - releases.size);
    });
    return Math.max(0, room);
  }

  /** Takes a slot in every window (call only when `room(now) > 0`). */
  start(): void {
    this.#running += 1;
  }

  /** A started task that never ran: its slot comes back at once. */
  cancel(): void {
    this.#running = Math.max(0, this.#running - 1);
  }

  /** A task settled at `now`: its slot in each window comes back at `now + intervalMs`. */
  settle(now: number): void {
    this.#running = Math.max(0, this.#running - 1);
    this.windows.forEach((window, i) => this.#releases[i]?.push(now + window.intervalMs));
  }

  /** Holds every start until `until` (a later pause wins; an earlier one changes nothing). */
  pauseUntil(until: number): void {
    if (until > this.#pausedUntil) this.#pausedUntil = until;
  }

  /**
   * When a start will next be possible if no running task settles: the pause's end or the release that makes room
   * in the last full window. `undefined` when only a settle can make room (running tasks fill a window).
   */
  nextRoomAt(now: number): number | undefined {
    let at = this.#pausedUntil > now ? this.#pausedUntil : now;
    for (const [i, window] of this.windows.entries()) {
      const releases = this.#releases[i] as Releases;
      releases.prune(now);
      const excess = this.#running + releases.size - window.limit;
      if (excess < 0) continue;
      // Settled slots come back before any running task's (which can settle no earlier than now).
      const release = releases.at(excess);
      if (release === undefined) return undefined;
      at = Math.max(at, release);
    }
    return at;
  }
}
