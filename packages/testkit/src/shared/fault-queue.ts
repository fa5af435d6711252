import type { RecordedRequest } from "./request-log.js";

/** Limits which requests a scripted fault may be applied to. */
export interface FaultOptions {
  /** Apply the fault only to requests this returns `true` for; other requests pass it by. */
  readonly when?: (request: RecordedRequest) => boolean;
}

/** A script step: a fault, or `"pass"` to let that request through untouched. */
export type ScriptStep<F> = F | "pass";

interface Entry<F> {
  readonly fault: F | "pass";
  remaining: number;
  readonly when: (request: RecordedRequest) => boolean;
}

/**
 * Pending faults, in the order they were scripted. Each request takes the first entry that applies to it
 * (FIFO when no entry is filtered), so "the next N requests fail with X" holds exactly.
 */
export class FaultQueue<F> {
  #entries: Entry<F>[] = [];
  readonly #defaultWhen: (fault: F, request: RecordedRequest) => boolean;

  /** `defaultWhen` says which requests a fault applies to when the script gives no `when`. */
  constructor(defaultWhen: (fault: F, request: RecordedRequest) => boolean) {
    this.#defaultWhen = defaultWhen;
  }

  /** Queues `fault` for the next `count` requests it applies to. */
  add(count: number, fault: F, options: FaultOptions = {}): void {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`count must be a non-negative integer, got ${count}`);
    }
    if (count === 0) return;
    const custom = options.when;
    const when = custom ?? ((request: RecordedRequest) => this.#defaultWhen(fault, request));
    this.#entries.push({ fault, remaining: count, when });
  }

  /** Queues one step per request, in order; `"pass"` steps let a request through. */
  script(steps: readonly ScriptStep<F>[]): void {
    for (const step of steps) {
      if (step === "pass") this.#entries.push({ fault: "pass", remaining: 1, when: () => true });
      else this.add(1, step);
    }
  }

  /** Takes the fault for this request: the first pending entry that applies; `undefined` when none (or a pass step). */
  take(request: RecordedRequest): F | undefined {
    const index = this.#entries.findIndex((entry) => entry.when(request));
    const entry = this.#entries[index];
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.#entries.splice(index, 1);
    return entry.fault === "pass" ? undefined : entry.fault;
  }

  /** How many requests still have a scripted step waiting (pass steps included). */
  get pending(): number {
    return this.#entries.reduce((sum, entry) => sum + entry.remaining, 0);
  }

  /** Drops every pending step. */
  clear(): void {
    this.#entries = [];
  }
}
