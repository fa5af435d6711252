import { DEFAULT_SLOW_MS, type RespondFault } from "../shared/controls.js";
import type { TalviewDocumentedStatus, TalviewLogicalCode } from "./messages.js";

/** Faults that need no parameters, usable as bare strings: `failNext(1, "badGateway")`. */
export type TalviewFaultName = "rateLimited" | "badGateway" | "status500" | "drop" | "slow" | "tokenExpired";

/** A business failure: the next envelope mutation answers `success: false` with this code. */
export interface TalviewBusinessFault {
  readonly business: TalviewLogicalCode;
  /** `error_message` to send; default per the `businessErrors` option (the code, or the docs' prose). */
  readonly message?: string;
}

/** A fault the Talview emulator can be scripted with. */
export type TalviewFault =
  | TalviewFaultName
  /** HTTP 429 with the documented bare body; `retryAfterSeconds` adds `Retry-After` (none documented). */
  | { readonly type: "rateLimited"; readonly retryAfterSeconds?: number }
  /** An HTML "502 Bad Gateway" page from the load balancer. */
  | { readonly type: "badGateway" }
  /** HTTP 500 with the documented bare body `"Internal Server Error"`. */
  | { readonly type: "status500" }
  /** The socket is destroyed without an answer. */
  | { readonly type: "drop" }
  /** Answers normally after `delayMs` (default 1000). */
  | { readonly type: "slow"; readonly delayMs?: number }
  /** Answers as if the bearer token had expired (per `authErrors`), whatever token was sent. */
  | { readonly type: "tokenExpired" }
  /** The docs' bare body `{"extensions":{"code":status,"traceId"},"message"}` with that HTTP status. */
  | { readonly type: "documented"; readonly status: TalviewDocumentedStatus; readonly message?: string }
  /** HTTP 200 `{"errors":[{"message","extensions"}]}`; extensions default `{"path":"$","code":"unexpected"}`. */
  | { readonly type: "graphqlError"; readonly message: string; readonly extensions?: Readonly<Record<string, unknown>> }
  | TalviewBusinessFault
  | RespondFault;

/** The object form of a fault. */
export type TalviewFaultObject = Exclude<TalviewFault, string>;

/** Turns a bare fault name into its object form. */
export const toFaultObject = (fault: TalviewFault): TalviewFaultObject =>
  typeof fault === "string" ? (fault === "slow" ? { type: "slow", delayMs: DEFAULT_SLOW_MS } : { type: fault }) : fault;

/** The name the request log shows for a fault, e.g. `"badGateway"` or `"business:SLOT_UNAVAILABLE"`. */
export const faultLabel = (fault: TalviewFaultObject): string =>
  "business" in fault ? `business:${fault.business}` : fault.type;

/** Type guard for business faults. */
export const isBusinessFault = (fault: TalviewFaultObject): fault is TalviewBusinessFault => "business" in fault;
