/** Where a fixture's payload comes from: the vendor's documentation, a real capture, or our reading of both. */
export type EvidenceLabel = "documented" | "observed" | "inferred";

export const EVIDENCE_LABELS: readonly EvidenceLabel[] = ["documented", "observed", "inferred"];

/** The response as the vendor sent it. `body`: a string is the raw text; anything else is the JSON sent. */
export interface FixtureResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** What the caller knew when the response came: the adapter's options. */
export interface FixtureRequest {
  readonly url?: string;
  readonly operation?: string;
}

/** The NormalizedError fields a fixture can expect; `null` means the field must be absent. */
export const ERROR_FIELDS = [
  "category",
  "reason",
  "action",
  "retryable",
  "status",
  "vendorCode",
  "userMessage",
  "message",
  "retryAfterMs",
  "rateLimit",
  "traceId",
  "fieldErrors",
  "operation",
] as const;

export type ErrorField = (typeof ERROR_FIELDS)[number];

/** A failure: the fields listed must match exactly; texts that must (not) appear. */
export type ErrorExpectation = { readonly ok: false } & { readonly [F in ErrorField]?: unknown } & {
  readonly messageIncludes?: readonly string[];
  readonly messageExcludes?: readonly string[];
  readonly userMessageExcludes?: readonly string[];
};

/** A success: the value the adapter returns (absent: `undefined`). */
export interface SuccessExpectation {
  readonly ok: true;
  readonly value?: unknown;
}

/** One case: a vendor response, its evidence, and what it must normalize to. */
export interface Fixture {
  /** The file it was read from. */
  readonly file: string;
  readonly id: string;
  readonly label: EvidenceLabel;
  /** Where the payload comes from (a documentation page, an issue, a capture). */
  readonly source: string;
  readonly note?: string;
  readonly request?: FixtureRequest;
  readonly response: FixtureResponse;
  readonly expect: ErrorExpectation | SuccessExpectation;
  /** Expectations only one adapter (or the CLI) checks, in its own test. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

const TOP_KEYS = new Set(["id", "label", "source", "note", "request", "response", "expect", "extra"]);
const TEXT_LISTS = ["messageIncludes", "messageExcludes", "userMessageExcludes"];
const ERROR_KEYS = new Set<string>(["ok", ...ERROR_FIELDS, ...TEXT_LISTS]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const strings = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === "string");

const expectProblems = (want: unknown): string[] => {
  if (!isObject(want) || typeof want.ok !== "boolean") return ["expect must be an object with ok: true | false"];
  const allowed = want.ok ? new Set(["ok", "value"]) : ERROR_KEYS;
  const problems = Object.keys(want)
    .filter((key) => !allowed.has(key))
    .map((key) => `expect.${key} is not a field of ${want.ok ? "a success" : "an error"} expectation`);
  for (const key of TEXT_LISTS) if (key in want && !strings(want[key])) problems.push(`expect.${key}: a string list`);
  return problems;
};

const responseProblems = (response: unknown): string[] => {
  if (!isObject(response)) return ["response must be an object { status, headers?, body? }"];
  const problems: string[] = [];
  if (!Number.isInteger(response.status)) problems.push("response.status must be an integer");
  if (
    "headers" in response &&
    !(isObject(response.headers) && Object.values(response.headers).every((v) => typeof v === "string"))
  )
    problems.push("response.headers must map names to strings");
  for (const key of Object.keys(response))
    if (!["status", "headers", "body"].includes(key)) problems.push(`response.${key} is not status, headers or body`);
  return problems;
};

const requestProblems = (request: unknown): string[] => {
  if (request === undefined) return [];
  if (!isObject(request)) return ["request must be an object { url?, operation? }"];
  return Object.entries(request)
    .filter(([key, value]) => !["url", "operation"].includes(key) || typeof value !== "string")
    .map(([key]) => `request.${key}: only url and operation, as strings`);
};

/** Why `value` is not a fixture (empty when it is one). */
export const fixtureProblems = (value: unknown): string[] => {
  if (!isObject(value)) return ["a fixture is a JSON object"];
  const problems = Object.keys(value)
    .filter((key) => !TOP_KEYS.has(key))
    .map((key) => `${key} is not a fixture field (${[...TOP_KEYS].join(", ")})`);
  if (typeof value.id !== "string" || value.id === "") problems.push("id must be a non-empty string");
  if (!EVIDENCE_LABELS.includes(value.label as EvidenceLabel))
    problems.push(`label must be one of ${EVIDENCE_LABELS.join(", ")}`);
  if (typeof value.source !== "string" || value.source.trim().length < 6)
    problems.push("source must say where it comes from");
  if ("note" in value && typeof value.note !== "string") problems.push("note must be a string");
  if ("extra" in value && !isObject(value.extra)) problems.push("extra must be an object");
  problems.push(
    ...requestProblems(value.request),
    ...responseProblems(value.response),
    ...expectProblems(value.expect),
  );
  return problems;
};

/** The body as the wire carried it: JSON bodies as their text, text bodies as they are, no body as "". */
export const wireBody = (fixture: Pick<Fixture, "response">): string => {
  const { body } = fixture.response;
  if (body === undefined) return "";
  return typeof body === "string" ? body : JSON.stringify(body);
};
