import { err, ok, type Result } from "neverthrow";
import { InputError } from "./input-error.js";

/** A response as pasted: status and headers when a raw HTTP message was given, and the body text. */
export interface RawResponse {
  /** From the status line; `undefined` when only a body was given. */
  readonly status?: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

/** Longest header block read (status line and headers); a longer one is not a pasted HTTP response. */
const MAX_HEAD = 64 * 1024;
/** `100 Continue` and proxy `Connection established` heads that may precede the real one (curl -i). */
const MAX_HEADS = 5;

const STATUS_LINE = /^HTTP\/\d(?:\.\d)?[ \t]+(\d{3})(?:[ \t]([^\r\n]*))?$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** `true` when the text starts like a raw HTTP response (`HTTP/1.1 404 Not Found`). */
export const looksLikeRawHttp = (text: string): boolean => /^HTTP\/\d/.test(text.slice(0, 16));

const headEnd = (text: string): { end: number; bodyStart: number } | undefined => {
  const window = text.slice(0, MAX_HEAD + 4);
  const crlf = window.indexOf("\r\n\r\n");
  const lf = window.indexOf("\n\n");
  if (crlf === -1 && lf === -1)
    return text.length <= MAX_HEAD ? { end: text.length, bodyStart: text.length } : undefined;
  if (lf === -1 || (crlf !== -1 && crlf < lf)) return { end: crlf, bodyStart: crlf + 4 };
  return { end: lf, bodyStart: lf + 2 };
};

const short = (line: string): string => JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);

interface Head {
  readonly status: number;
  readonly statusText: string;
  readonly headers: [string, string][];
  readonly rest: string;
}

const parseHead = (text: string): Result<Head, InputError> => {
  const bounds = headEnd(text);
  if (!bounds)
    return err(
      new InputError(`the raw HTTP response has no blank line after its headers within ${MAX_HEAD / 1024} KiB`),
    );
  const lines = text.slice(0, bounds.end).split(/\r?\n/);
  const statusLine = STATUS_LINE.exec(lines[0] ?? "");
  if (!statusLine)
    return err(new InputError(`the status line ${short(lines[0] ?? "")} is not like "HTTP/1.1 404 Not Found"`));
  const headers: [string, string][] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] ?? "";
    if (line === "" && i === lines.length - 1) break; // a head that ends the input with one newline
    const last = headers[headers.length - 1];
    if ((line.startsWith(" ") || line.startsWith("\t")) && last) {
      last[1] = `${last[1]} ${line.trim()}`; // obsolete line folding
      continue;
    }
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    if (!HEADER_NAME.test(name)) return err(new InputError(`header line ${i} ${short(line)} is not "Name: value"`));
    headers.push([name, line.slice(colon + 1).trim()]);
  }
  return ok({
    status: Number(statusLine[1]),
    statusText: statusLine[2] ?? "",
    headers,
    rest: text.slice(bounds.bodyStart),
  });
};

const isInterim = (head: Head): boolean =>
  (head.status >= 100 && head.status <= 199) ||
  (head.status === 200 && /^connection established$/i.test(head.statusText.trim()));

/**
 * Splits a raw HTTP response (status line, headers, blank line, body) as copied from curl -i or a proxy;
 * any other text is taken as the body alone. Interim heads (`100 Continue`) are skipped.
 */
export const parseRawResponse = (input: string): Result<RawResponse, InputError> => {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const start = text.slice(0, 1024).search(/\S/);
  const trimmed = start > 0 ? text.slice(start) : text;
  if (!looksLikeRawHttp(trimmed)) return ok({ headers: [], body: text });
  let remaining = trimmed;
  for (let i = 0; i < MAX_HEADS; i += 1) {
    const head = parseHead(remaining);
    if (head.isErr()) return err(head.error);
    const { status, headers, rest } = head.value;
    if (!(isInterim(head.value) && looksLikeRawHttp(rest))) return ok({ status, headers, body: rest });
    remaining = rest;
  }
  return err(new InputError(`the raw HTTP response has more than ${MAX_HEADS} status lines`));
};
