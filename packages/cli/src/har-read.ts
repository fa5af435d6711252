import { field, isList, isRecord, itemsOf } from "@errnorm/core/adapter";
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
  const out: [string, string][] = [];
  for (const item of itemsOf(list, 1000)) {
    const name = str(field(item, "name"));
    const value = field(item, "value");
    if (name !== undefined && (typeof value === "string" || typeof value === "number")) out.push([name, String(value)]);
  }
  return out;
};

const BASE64_CHARS = Math.ceil((CLI_LIMITS.harBodyChars * 4) / 3) + 4;

const NOT_BASE64 = /[^A-Za-z0-9+/]/g;
const utf8 = new TextDecoder();

/** Base64 (standard or URL-safe, padding and line breaks optional) as UTF-8 text, the way Node's Buffer reads it. */
const decodeBase64 = (text: string): string => {
  const clean = text.replace(/-/g, "+").replace(/_/g, "/").replace(NOT_BASE64, "");
  const whole = clean.slice(0, clean.length - (clean.length % 4 === 1 ? 1 : 0));
  try {
    const binary = atob(whole.padEnd(Math.ceil(whole.length / 4) * 4, "="));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return utf8.decode(bytes);
  } catch {
    return "";
  }
};

/** The response body as text: HAR keeps binary bodies base64-encoded (`content.encoding`). No Node APIs. */
const bodyText = (content: unknown): string => {
  const text = str(field(content, "text"));
  if (text === undefined) return "";
  if (String(field(content, "encoding")).toLowerCase() !== "base64") return text.slice(0, CLI_LIMITS.harBodyChars);
  return decodeBase64(text.slice(0, BASE64_CHARS)).slice(0, CLI_LIMITS.harBodyChars);
};

const readEntry = (value: unknown, index: number): Result<HarEntry, string> => {
  if (!isRecord(value)) return err(`entry ${index} is not an object`);
  const request = field(value, "request");
  const response = field(value, "response");
  if (!isRecord(request)) return err(`entry ${index} has no request`);
  if (!isRecord(response)) return err(`entry ${index} has no response`);
  const method = str(field(request, "method"));
  if (method === undefined || method === "") return err(`entry ${index} has no request.method`);
  const href = str(field(request, "url"));
  if (href === undefined) return err(`entry ${index} has no request.url`);
  let url: URL;
  try {
    url = new URL(href.slice(0, 64 * 1024));
  } catch {
    return err(`entry ${index} has a request.url that is not an absolute URL`);
  }
  const status = field(response, "status");
  if (typeof status !== "number" || !Number.isInteger(status) || status < 0 || status > 999)
    return err(`entry ${index} has no valid response.status`);
  const content = field(response, "content");
  const postData = field(request, "postData");
  return ok({
    index,
    startedDateTime: str(field(value, "startedDateTime"))?.slice(0, 64),
    method: method.slice(0, 32),
    url,
    status,
    requestHeaders: pairs(field(request, "headers")),
    responseHeaders: pairs(field(response, "headers")),
    cookies: [...pairs(field(request, "cookies")), ...pairs(field(response, "cookies"))],
    queryString: pairs(field(request, "queryString")),
    postText: str(field(postData, "text")),
    postParams: pairs(field(postData, "params")),
    mimeType: str(field(content, "mimeType")),
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
  const log = field(value, "log");
  if (!isRecord(log)) return err(new InputError("the file is JSON but not a HAR: it has no `log` object"));
  const list = field(log, "entries");
  if (!isList(list)) return err(new InputError("the file is JSON but not a HAR: `log.entries` is not an array"));
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
