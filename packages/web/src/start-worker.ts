// The worker is inlined into the page's script and started from a blob: URL. A blob worker inherits this page's
// Content-Security-Policy (a worker loaded from its own URL would take its policy from its response headers,
// which a static host may not send), and starting or restarting it makes no request.
import ExplainWorker from "./worker.ts?worker&inline";

/** A new explain worker. */
export const startWorker = (): Worker => new ExplainWorker({ name: "errnorm-explain" });
