// A local HTTP server that answers every request with the response a test scripted, and reports what it sent.
import { once } from "node:events";
import { listen } from "./shared/server.js";

/** A response to serve: status, headers and the body text, sent as given. */
export interface ScriptedResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** A running scripted server (see `startScriptedServer`). */
export interface ScriptedServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`: every path gets the scripted answer. */
  readonly url: string;
  /** Answers every request with `response` from now on; returns what a client receives (no body for 204, 205, 304). */
  answer(response: ScriptedResponse): ScriptedResponse;
  /** How many requests arrived so far. */
  readonly requests: number;
  /** Stops listening and destroys every connection; resolves once the port is released. */
  close(): Promise<void>;
}

// Statuses whose body a fetch client never sees (the Fetch standard's null-body statuses).
const NO_BODY = new Set([204, 205, 304]);

/**
 * Starts a server on 127.0.0.1, port 0, that answers every request with the response last given to `answer`
 * (at first an empty 200): serve random statuses, headers and bodies to a real client, and compare what the client
 * made of them with what your parser says about the response `answer` returned.
 *
 * @example
 * const server = await startScriptedServer();
 * const served = server.answer({ status: 429, headers: { "retry-after": "3" }, body: "" });
 * await fetch(server.url); // 429, Retry-After: 3
 */
export const startScriptedServer = async (): Promise<ScriptedServer> => {
  let current: ScriptedResponse = { status: 200, headers: {}, body: "" };
  let requests = 0;
  const server = await listen(async (req, res) => {
    requests += 1;
    const ended = once(req, "end");
    req.resume();
    await ended;
    res.writeHead(current.status, current.headers);
    res.end(current.body);
  }, 0);
  return {
    url: server.url,
    answer: (response) => {
      current = NO_BODY.has(response.status) ? { ...response, body: "" } : response;
      return current;
    },
    get requests() {
      return requests;
    },
    close: server.close,
  };
};
