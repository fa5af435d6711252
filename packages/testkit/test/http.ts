/** One exchange, read fully: status, headers, raw text and parsed JSON (undefined when not JSON). */
export interface Exchange {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: unknown;
}

export const call = async (url: string, init: RequestInit = {}): Promise<Exchange> => {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
};

/** Resolves with the rejection of a promise (fails the test if it resolves). */
export { rejection as rejectionOf } from "../../../test-support/settled.js";

/** A clock tests move by hand. */
export const manualClock = (start = 1_700_000_000_000) => {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
};
