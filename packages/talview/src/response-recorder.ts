import { field } from "@errnorm/core/adapter";

/** What one fetch answered: kept so an integration can read it exactly as `parseResponse` would. */
export interface RecordedResponse {
  readonly status: number;
  readonly headers: Headers;
  /** The body text; absent for multipart and event streams (read incrementally by the client). */
  readonly body?: string;
  /** The request's headers, to learn the secrets they carry. */
  readonly requestHeaders: unknown;
}

const STREAMED = /multipart\/|text\/event-stream/i;

/**
 * A `fetch` that calls `inner` (or the global one) and records the response in `slot.response` before handing it
 * on; the body is read from a clone, so the client still reads the original.
 */
export const recordingFetch =
  (inner: typeof fetch | undefined, slot: { response?: RecordedResponse }): typeof fetch =>
  async (input, init) => {
    const response = await (inner ?? globalThis.fetch)(input, init);
    const streamed = STREAMED.test(response.headers.get("content-type") ?? "");
    let body: string | undefined;
    if (!streamed) {
      try {
        body = await response.clone().text();
      } catch {
        body = undefined;
      }
    }
    slot.response = {
      status: response.status,
      headers: response.headers,
      ...(body !== undefined && { body }),
      requestHeaders: field(init, "headers") ?? field(input, "headers"),
    };
    return response;
  };
