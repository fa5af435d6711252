import type { IncomingMessage } from "node:http";

/** One request as the emulator received it. Secrets (API keys, tokens, passwords) are kept as sent, for assertions. */
export interface RecordedRequest {
  /** The id the emulator answered with (`x-request-id` header; Talview's `traceId`). */
  readonly id: string;
  readonly method: string;
  /** Path and query string as received, e.g. `/api/v1/users/id:1`. */
  readonly path: string;
  /** Header names lower-cased; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  /** The request body as text (empty string when none; cut at 1 MiB). */
  readonly body: string;
  /** `Date.now()` when the request arrived (the emulator's clock, see the `now` option). */
  readonly receivedAt: number;
  /** The fault applied, e.g. `"html502"`, `"slow"`, `"business:SLOT_UNAVAILABLE"`; `undefined` when none. */
  readonly fault: string | undefined;
  /** Status sent; `0` when the connection was dropped; `undefined` while the answer is pending. */
  readonly status: number | undefined;
  /** For GraphQL requests: the operation and its root fields. */
  readonly graphql?: GraphqlRequestSummary;
}

/** What a GraphQL request asks for, as far as the emulator could parse it. */
export interface GraphqlRequestSummary {
  readonly operationName: string | undefined;
  readonly operationType: "query" | "mutation" | "subscription" | undefined;
  readonly fields: readonly string[];
}

/** The mutable record behind a `RecordedRequest`, filled in while the request is answered. */
export type MutableRecordedRequest = { -readonly [K in keyof RecordedRequest]: RecordedRequest[K] };

const MAX_BODY_BYTES = 1_048_576;

/** Reads the whole request body as UTF-8 text, keeping at most 1 MiB. */
export const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    if (size < MAX_BODY_BYTES) chunks.push(buffer.subarray(0, MAX_BODY_BYTES - size));
    size += buffer.length;
  }
  return Buffer.concat(chunks).toString("utf8");
};

/** Flattens node's header object into lower-cased name -> string. */
export const flattenHeaders = (req: IncomingMessage): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
};

/** Sequential request ids shaped like Talview's trace ids (10 hex digits), unique per emulator instance. */
export const createIdSequence = (prefix: string): (() => string) => {
  let next = 0;
  return () => {
    next += 1;
    return `${prefix}${next.toString(16).padStart(10, "0")}`;
  };
};
