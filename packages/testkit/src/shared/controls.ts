import type { FaultOptions, FaultQueue, ScriptStep } from "./fault-queue.js";
import type { Recorder } from "./recorder.js";
import type { RecordedRequest } from "./request-log.js";

/** The fault script and the request log of an emulator handle. */
export interface FaultControls<F> {
  /** Every request received since start (or the last `reset()`), oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** How many scripted steps are still waiting for a request. */
  readonly pendingFaults: number;
  /** The next `count` requests (that the fault applies to) fail with `fault`. */
  failNext(count: number, fault: F, options?: FaultOptions): this;
  /** One step per coming request, in order; `"pass"` lets a request through untouched. */
  script(steps: readonly ScriptStep<F>[]): this;
}

/** What both emulators share: where they listen, the fault script, the request log, and shutdown. */
export interface EmulatorControls<F> extends FaultControls<F> {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Back to the state at start: no pending faults, empty log, empty rate window, seed data. */
  reset(): void;
  /** Stops listening and destroys every open connection; resolves when the port is released. */
  close(): Promise<void>;
}

/** A response the script dictates verbatim (both emulators accept it). */
export interface RespondFault {
  readonly type: "respond";
  readonly status: number;
  /** A string is sent as is (content type from `headers`, default text/plain); anything else as JSON. */
  readonly body?: unknown;
  /** Extra response headers; lower-case names. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** How long a `slow` fault waits when it gives no `delayMs`. */
export const DEFAULT_SLOW_MS = 1_000;

/** Adds the fault-script and request-log members to an emulator handle, bound to its queue and recorder. */
export const withFaultControls = <T extends object, F>(
  handle: T,
  faults: FaultQueue<F>,
  recorder: Recorder,
): T & FaultControls<F> =>
  Object.defineProperties(handle, {
    requests: { get: () => recorder.requests, enumerable: true },
    pendingFaults: { get: () => faults.pending, enumerable: true },
    failNext: {
      enumerable: true,
      value(this: unknown, count: number, fault: F, options?: FaultOptions) {
        faults.add(count, fault, options);
        return this;
      },
    },
    script: {
      enumerable: true,
      value(this: unknown, steps: readonly ScriptStep<F>[]) {
        faults.script(steps);
        return this;
      },
    },
  }) as T & FaultControls<F>;
