import { isObjectLike, safeGet, safeIsArray } from "@errnorm/core/internal/safe";
import { err, ok, type Result } from "neverthrow";
import type { HeaderPairs } from "./headers.js";
import { InputError } from "./input-error.js";
import { parseJsonText } from "./json-text.js";
import { CLI_LIMITS } from "./limits.js";

/** One HAR entry with the fields the CLI uses, checked and bounded. */
export interface HarEntry {
  /** Position in `log.entries`, from 1. */
  readonly index: number;
  readonly startedDateTime: string | undefined;
  readonly method: string;
  readonly url: URL;
  readonly status: number;
  readonly requestHeaders: HeaderPairs;
  readonly responseHeaders: HeaderPairs;
  /** Request and response cookies, as `[name, value]`. */
  readonly cookies: HeaderPairs;
  readonly queryString: HeaderPairs;
  readonly postText: string | undefined;
  readonly postParams: HeaderPairs;
  readonly mimeType: string | undefined;
  /** The response body as text (base64 decoded), cut at `CLI_LIMITS.harBodyChars`. */
  readonly body: string;
}

/** The usable entries of a HAR and a description of each entry left out. */
export interface HarLog {
  readonly total: number;
  readonly entries: readonly HarEntry[];
  readonly problems: readonly string[];
  readonly malformed: number;
}

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** `[{ name, value }]` lists of a HAR (headers, cookies, queryString, params); bad items are skipped. */
const pairs = (list: unknown): [string, string][] => {
  if (!safeIsArray(list)) return [];
  const out: [string, string][] = [];
  for (const item of list.slice(0, 1000)) {
    const name = str(safeGet(item, "name"));
    const value = safeGet(item, "value");
    if (name !== undefined && (typeof value === "string" || typeof value === "number")) out.push([name, String(value)]);
  }
  return out;
};

const BASE64_CHARS = Math.ceil((CLI_LIMITS.harBodyChars * 4) / 3) + 4;

const bodyText = (content: unknown): string => {
  const text = str(safeGet(content, "text"));
  if (text === undefined) return "";
  if (String(safeGet(content, "encoding")).toLowerCase() !== "base64") return text.slice(0, CLI_LIMITS.harBodyChars);
  return Buffer.from(text.slice(0, BASE64_CHARS), "base64").toString("utf8").slice(0, CLI_LIMITS.harBodyChars);
};

const readEntry = (value: unknown, index: number): Result<HarEntry, string> => {
  if (!isObjectLike(value) || safeIsArray(value)) return err(`entry ${index} is not an object`);
  const request = safeGet(value, "request");
  const response = safeGet(value, "response");
  if (!isObjectLike(request)) return err(`entry ${index} has no request`);
  if (!isObjectLike(response)) return err(`entry ${index} has no response`);
  const method = str(safeGet(request, "method"));
  if (method === undefined || method === "") return err(`entry ${index} has no request.method`);
  const href = str(safeGet(request, "url"));
  if (href === undefined) return err(`entry ${index} has no request.url`);
  let url: URL;
  try {
    url = new URL(href.slice(0, 64 * 1024));
  } catch {
    return err(`entry ${index} has a request.url that is not an absolute URL`);
  }
  const status = safeGet(response, "status");
  if (typeof status !== "number" || !Number.isInteger(status) || status < 0 || status > 999)
    return err(`entry ${index} has no valid response.status`);
  const content = safeGet(response, "content");
  const postData = safeGet(request, "postData");
  return ok({
    index,
    startedDateTime: str(safeGet(value, "startedDateTime"))?.slice(0, 64),
    method: method.slice(0, 32),
    url,
    status,
    requestHeaders: pairs(safeGet(request, "headers")),
    responseHeaders: pairs(safeGet(response, "headers")),
    cookies: [...pairs(safeGet(request, "cookies")), ...pairs(safeGet(response, "cookies"))],
    queryString: pairs(safeGet(request, "queryString")),
    postText: str(safeGet(postData, "text")),
    postParams: pairs(safeGet(postData, "params")),
    mimeType: str(safeGet(content, "mimeType")),
    body: bodyText(content),
  });
};

/**
 * Reads HAR text or an already-parsed HAR. `err(InputError)` when it is not JSON or has no `log.entries`
 * array; entries without `request.method`, `request.url` or `response.status` are left out and described.
 */
export const readHar = (har: unknown): Result<HarLog, InputError> => {
  let value = har;
  if (typeof har === "string") {
    const parsed = parseJsonText(har, "the HAR file");
    if (parsed.isErr()) return err(parsed.error);
    value = parsed.value;
  }
  const log = safeGet(value, "log");
  if (!isObjectLike(log)) return err(new InputError("the file is JSON but not a HAR: it has no `log` object"));
  const list = safeGet(log, "entries");
  if (!safeIsArray(list)) return err(new InputError("the file is JSON but not a HAR: `log.entries` is not an array"));
  const entries: HarEntry[] = [];
  const problems: string[] = [];
  let malformed = 0;
  for (const [i, item] of list.entries()) {
    const entry = readEntry(item, i + 1);
    if (entry.isOk()) entries.push(entry.value);
    else {
      malformed += 1;
      if (problems.length < CLI_LIMITS.describedProblems) problems.push(entry.error);
    }
  }
  return ok({ total: list.length, entries, problems, malformed });
};
