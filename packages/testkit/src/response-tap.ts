// A local pass-through HTTP server in front of an emulator that records the exact response each client received,
// so a test can ask `parseResponse` about the same status, headers and body.
import type { IncomingMessage } from "node:http";
import { listen } from "./shared/server.js";

/** One response as the tap passed it on: status, headers (hop-by-hop ones left out) and the body text. */
export interface TappedResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** A running response tap (see `startResponseTap`). */
export interface ResponseTap {
  /** Base URL to give the client instead of the target's: `${tap.url}/api/v2/users/1`. */
  readonly url: string;
  /** The last response sent to a client. */
  last(): TappedResponse;
  /** Every response sent, oldest first. */
  all(): readonly TappedResponse[];
  /** Stops listening and destroys every connection; resolves once the port is released. */
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

const readAll = async (req: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/**
 * Starts a tap on 127.0.0.1, port 0, that forwards every request to `target` (an emulator's base URL, or any
 * server) and records the exact response it passes back: after a client call, ask your parser about `tap.last()`
 * and compare with what the client made of the same response. `last()` throws when no response went through; a
 * target that cannot be reached drops the client's connection (a network error) and records nothing.
 *
 * @example
 * const tap = await startResponseTap(emulator.url);
 * await fetch(`${tap.url}/api/v2/users/999`); // tap.last(): { status: 404, headers: {...}, body: "{...}" }
 */
export const startResponseTap = async (target: string): Promise<ResponseTap> => {
  const sent: TappedResponse[] = [];
  const server = await listen(async (req, res) => {
    const body = await readAll(req);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([name]) => !HOP_BY_HOP.has(name) && name !== "host"),
    ) as Record<string, string>;
    const abort = new AbortController();
    res.on("close", () => abort.abort());
    try {
      const upstream = await fetch(`${target}${req.url ?? "/"}`, {
        method: req.method ?? "GET",
        headers,
        ...(body.length > 0 && { body: new Uint8Array(body) }),
        signal: abort.signal,
      });
      const text = await upstream.text();
      const kept: Record<string, string> = {};
      upstream.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name)) kept[name] = value;
      });
      sent.push({ status: upstream.status, headers: kept, body: text });
      res.writeHead(upstream.status, { ...kept, "content-length": Buffer.byteLength(text) });
      res.end(text);
    } catch {
      res.destroy();
    }
  }, 0);
  return {
    url: server.url,
    last: () => {
      const last = sent.at(-1);
      if (last === undefined) throw new Error("no response went through the tap");
      return last;
    },
    all: () => [...sent],
    close: server.close,
  };
};
