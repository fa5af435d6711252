import type { ServerResponse } from "node:http";

/** Waits `ms`; resolves `false` early (never rejects) when `signal` aborts, so callers can skip answering. */
export const delay = (ms: number, signal: AbortSignal): Promise<boolean> =>
  new Promise((resolve) => {
    if (signal.aborted) {
      resolve(false);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(
      () => {
        signal.removeEventListener("abort", onAbort);
        resolve(true);
      },
      Math.max(0, ms),
    );
    signal.addEventListener("abort", onAbort, { once: true });
  });

/**
 * A signal that aborts when the exchange ends: the client hangs up, or `close()` destroys the socket.
 * Closing the emulator destroys every socket, so no separate server-lifetime signal is needed.
 */
export const signalOnClose = (res: ServerResponse): AbortSignal => {
  const controller = new AbortController();
  res.once("close", () => controller.abort());
  return controller.signal;
};
