import { DEFAULT_SLOW_MS, type RespondFault } from "../shared/controls.js";

/** Faults that need no parameters, usable as bare strings: `failNext(2, "html502")`. */
export type TalentlmsFaultName = "html502" | "status500" | "drop" | "rateLimited" | "slow";

/** A fault the TalentLMS emulator can be scripted with. */
export type TalentlmsFault =
  | TalentlmsFaultName
  /** An nginx HTML "502 Bad Gateway" page, as a proxy in front of TalentLMS would send. */
  | { readonly type: "html502" }
  /** A 500 `api_error` from TalentLMS itself (rate-limit headers included). */
  | { readonly type: "status500"; readonly message?: string }
  /** The socket is destroyed without an answer. */
  | { readonly type: "drop" }
  /** A 429 regardless of the window; `retryAfterSeconds` adds `Retry-After` (the vendor documents none). */
  | { readonly type: "rateLimited"; readonly retryAfterSeconds?: number }
  /** Answers normally after `delayMs` (default 1000). */
  | { readonly type: "slow"; readonly delayMs?: number }
  | RespondFault;

/** The object form of a fault. */
export type TalentlmsFaultObject = Exclude<TalentlmsFault, string>;

/** Turns a bare fault name into its object form. */
export const toFaultObject = (fault: TalentlmsFault): TalentlmsFaultObject =>
  typeof fault === "string" ? (fault === "slow" ? { type: "slow", delayMs: DEFAULT_SLOW_MS } : { type: fault }) : fault;
