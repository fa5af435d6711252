// The two clients as a TalentLMS SDK author would set them up, each with its errnorm integration.
import axios from "axios";
import ky from "ky";
import { withErrnorm } from "../../src/axios.js";
import { errnormHooks } from "../../src/ky.js";
import type { TalentlmsIntegrationOptions } from "../../src/integration-options.js";

export interface Call {
  readonly method: "GET" | "POST";
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly json?: Record<string, unknown>;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

/** Sends one request and resolves with the parsed body, or rejects with what the client rejects with. */
export type Send = (call: Call) => Promise<unknown>;

export const CLIENTS: Record<"axios" | "ky", (options?: TalentlmsIntegrationOptions) => Send> = {
  axios: (options) => {
    const api = withErrnorm(axios.create(), options);
    return async (call) =>
      (
        await api.request({
          method: call.method,
          url: call.url,
          ...(call.headers && { headers: call.headers }),
          ...(call.json && { data: call.json }),
          ...(call.signal && { signal: call.signal }),
          ...(call.timeoutMs !== undefined && { timeout: call.timeoutMs }),
        })
      ).data;
  },
  ky: (options) => {
    const api = ky.create({ retry: 0, hooks: errnormHooks(options) });
    return (call) =>
      api(call.url, {
        method: call.method,
        ...(call.headers && { headers: call.headers }),
        ...(call.json && { json: call.json }),
        ...(call.signal && { signal: call.signal }),
        ...(call.timeoutMs !== undefined && { timeout: call.timeoutMs }),
      }).json();
  },
};
