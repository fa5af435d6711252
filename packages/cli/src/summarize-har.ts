import type { Category, NormalizedError } from "@errnorm/core";
import { field, learnSecrets, redactText } from "@errnorm/core/adapter";
import { err, ok, type Result } from "neverthrow";
import { type HarEntry, readHar } from "./har-read.js";
import { headerRecord } from "./headers.js";
import type { InputError } from "./input-error.js";
import { CLI_LIMITS } from "./limits.js";
import { type VendorHost, vendorOfUrl } from "./vendor-hosts.js";
import { VENDOR_NAMES, type VendorName, VENDORS } from "./vendors.js";

/** Options of `summarizeHar`. */
export interface SummarizeHarOptions {
  /** Extra hosts to treat as a vendor's API (emulators, proxies); they win over the vendors' own domains. */
  readonly vendorHosts?: readonly VendorHost[] | undefined;
}

/** One failed vendor call of a HAR. `path` has no query string (tokens live there). */
export interface HarFailure {
  /** Position in `log.entries`, from 1. */
  readonly index: number;
  readonly time: string | undefined;
  readonly vendor: VendorName;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly error: NormalizedError;
}

/** Calls, successes and failures of one vendor, with failures counted per category. */
export interface VendorCounts {
  readonly calls: number;
  readonly ok: number;
  readonly errors: number;
  readonly categories: Readonly<Partial<Record<Category, number>>>;
}

/** What `summarizeHar` found. */
export interface HarSummary {
  /** Entries in `log.entries`. */
  readonly entries: number;
  /** Vendor API calls normalized. */
  readonly calls: number;
  readonly skipped: {
    /** Entries for hosts that are not a vendor's. */
    readonly otherHosts: number;
    /** Entries on a vendor's host that are not API calls (pages, assets, CORS preflights). */
    readonly notApi: number;
    /** Entries without `request.method`, `request.url` or `response.status`. */
    readonly malformed: number;
  };
  /** Why entries were malformed (the first few). */
  readonly problems: readonly string[];
  readonly vendors: Readonly<Record<VendorName, VendorCounts>>;
  readonly failures: readonly HarFailure[];
}

const secretsBySummary = new WeakMap<HarSummary, ReadonlySet<string>>();

/** Every secret value found in the HAR's vendor calls, for scrubbing printed output (internal). */
export const secretsOf = (summary: HarSummary): ReadonlySet<string> => secretsBySummary.get(summary) ?? new Set();

const isApiCall = (entry: HarEntry, vendor: VendorName): boolean => {
  if (entry.method.toUpperCase() === "OPTIONS") return false;
  const path = entry.url.pathname.toLowerCase();
  return (
    VENDORS[vendor].apiPathFragments.some((fragment) => path.includes(fragment)) ||
    /\bjson\b/i.test(entry.mimeType ?? "")
  );
};

const tryJson = (text: string | undefined): unknown => {
  if (text === undefined || text.length > CLI_LIMITS.secretScanChars) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

interface Call {
  readonly entry: HarEntry;
  readonly vendor: VendorName;
  readonly operationName: string | undefined;
  readonly responseJson: unknown;
}

const operationNameOf = (entry: HarEntry, requestJson: unknown): string | undefined => {
  const fromBody = field(requestJson, "operationName");
  const name =
    typeof fromBody === "string" ? fromBody : entry.queryString.find(([key]) => key === "operationName")?.[1];
  return name === undefined || name === "" ? undefined : name.slice(0, 200);
};

/** Secret values of one call: credentials and cookies in its headers, URL, query and form, tokens in its bodies. */
const callSecrets = (call: Call, requestJson: unknown): string[] => {
  const { entry } = call;
  return learnSecrets(
    entry.requestHeaders,
    entry.responseHeaders,
    // HAR cookies are name/value pairs under any name: every value is a secret.
    { cookie: entry.cookies.map(([, value]) => value) },
    entry.queryString,
    entry.postParams,
    entry.url.href,
    // A form body reads like a query string.
    entry.postText === undefined ? undefined : `?${entry.postText.slice(0, CLI_LIMITS.secretScanChars)}`,
    requestJson,
    call.responseJson,
  );
};

/** The GraphQL operation to check: the request's `operationName` when `data` has such a field. */
const hasField = (responseJson: unknown, name: string): boolean => {
  const data = field(responseJson, "data");
  return typeof data === "object" && data !== null && Object.hasOwn(data, name);
};

const normalize = (call: Call, secrets: ReadonlySet<string>): NormalizedError | undefined => {
  const { entry, vendor, operationName } = call;
  const operation =
    operationName !== undefined && hasField(call.responseJson, operationName) ? operationName : undefined;
  const response = { status: entry.status, headers: headerRecord(entry.responseHeaders), body: entry.body };
  const result = VENDORS[vendor].parse({ response, url: entry.url.href, operation, secrets });
  if (result.isOk()) return undefined;
  const error = result.error;
  // GraphQL operation names rarely equal the field name; keep the name for the reader all the same.
  return operationName !== undefined && error.operation === undefined
    ? error.with({ operation: operationName })
    : error;
};

const emptyCounts = (): {
  calls: number;
  ok: number;
  errors: number;
  categories: Partial<Record<Category, number>>;
} => ({
  calls: 0,
  ok: 0,
  errors: 0,
  categories: {},
});

/**
 * Normalizes every TalentLMS and Talview API call in a HAR (text or parsed) with the vendors' adapters,
 * HTTP-200 GraphQL errors included. Vendor by host: `*.talentlms.com`, `*.talview.com`, or `vendorHosts`.
 * `err(InputError)` when the input is not JSON or not a HAR. Secret values found in the HAR (credentials,
 * cookies, tokens in URLs and bodies) are scrubbed from every error.
 *
 * @example
 * const summary = summarizeHar(await readFile("session.har", "utf8"))._unsafeUnwrap();
 * for (const f of summary.failures) console.log(f.method, f.path, f.error.category, f.error.traceId);
 */
export const summarizeHar = (har: unknown, options: SummarizeHarOptions = {}): Result<HarSummary, InputError> => {
  const log = readHar(har);
  if (log.isErr()) return err(log.error);
  const calls: Call[] = [];
  const secrets = new Set<string>();
  let otherHosts = 0;
  let notApi = 0;
  for (const entry of log.value.entries) {
    const vendor = vendorOfUrl(entry.url, options.vendorHosts);
    if (vendor === undefined) otherHosts += 1;
    else if (!isApiCall(entry, vendor)) notApi += 1;
    else {
      const requestJson = tryJson(entry.postText);
      const call: Call = {
        entry,
        vendor,
        operationName: operationNameOf(entry, requestJson),
        responseJson: tryJson(entry.body),
      };
      for (const secret of callSecrets(call, requestJson)) secrets.add(secret);
      calls.push(call);
    }
  }
  const counts = Object.fromEntries(VENDOR_NAMES.map((name) => [name, emptyCounts()])) as Record<
    VendorName,
    ReturnType<typeof emptyCounts>
  >;
  const failures: HarFailure[] = [];
  for (const call of calls) {
    const error = normalize(call, secrets);
    const tally = counts[call.vendor];
    tally.calls += 1;
    if (error === undefined) {
      tally.ok += 1;
      continue;
    }
    tally.errors += 1;
    tally.categories[error.category] = (tally.categories[error.category] ?? 0) + 1;
    const { entry } = call;
    failures.push({
      index: entry.index,
      time: entry.startedDateTime,
      vendor: call.vendor,
      method: entry.method,
      path: redactText(entry.url.pathname, secrets),
      status: entry.status,
      error,
    });
  }
  const summary: HarSummary = {
    entries: log.value.total,
    calls: calls.length,
    skipped: { otherHosts, notApi, malformed: log.value.malformed },
    problems: log.value.problems,
    vendors: counts,
    failures,
  };
  secretsBySummary.set(summary, secrets);
  return ok(summary);
};
