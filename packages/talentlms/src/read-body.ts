import { type FieldError } from "@errnorm/core";
import { type DecodedBody, decodeBody } from "@errnorm/core/adapter";
import { get, isList, isRecord, keysOf, nonEmptyText } from "./safe.js";
import { TYPE_RULES } from "./tables.js";

/** What a response body says about an error. */
export interface BodyEvidence {
  /** `empty`, `json`, `html` or other `text`, or `stream` (a body that was never read). */
  readonly kind: "empty" | "json" | "html" | "text" | "stream";
  /** The body says it is an error (decides a 2xx). */
  readonly isError: boolean;
  /** The vendor's message: `message`, `error.message`, a string `error`, or a plain-text body. */
  readonly message?: string | undefined;
  /** The body's `type` (`invalid_request_error`, `api_error`, or anything else it sends). */
  readonly type?: string | undefined;
  readonly fieldErrors?: readonly FieldError[] | undefined;
  /** The decoded body: JSON value, or bounded text. */
  readonly raw?: unknown;
  /** Length of a text body before it was bounded. */
  readonly length?: number | undefined;
}

const MAX_FIELD_ERRORS = 50;
const MAX_TYPE = 100;

const isKnownType = (type: string | undefined): boolean => type !== undefined && Object.hasOwn(TYPE_RULES, type);

/** Laravel-style `errors: { field: [messages] }`, or a list of `{ field, message }`. */
const readFieldErrors = (errors: unknown): FieldError[] | undefined => {
  const out: FieldError[] = [];
  if (isRecord(errors)) {
    for (const field of keysOf(errors, MAX_FIELD_ERRORS)) {
      const value = get(errors, field);
      const messages = isList(value) ? value.slice(0, MAX_FIELD_ERRORS) : [value];
      for (const message of messages) {
        if (typeof message === "string" && out.length < MAX_FIELD_ERRORS) out.push({ field, message });
      }
    }
  } else if (isList(errors)) {
    for (const item of errors.slice(0, MAX_FIELD_ERRORS)) {
      const field = get(item, "field");
      const message = get(item, "message");
      if (typeof field === "string" && typeof message === "string") out.push({ field, message });
    }
  }
  return out.length > 0 ? out : undefined;
};

const typeOf = (value: unknown): string | undefined => {
  const type = nonEmptyText(value);
  return type !== undefined && type.length <= MAX_TYPE ? type : undefined;
};

const readJson = (value: unknown): BodyEvidence => {
  if (typeof value === "string") return { kind: "json", isError: false, message: nonEmptyText(value), raw: value };
  if (!isRecord(value)) return { kind: "json", isError: false, raw: value };
  const error = get(value, "error");
  // v1 and the v2 overview: { "error": { "type", "message" } }; some gateways: { "error": "text" }.
  if (isRecord(error)) {
    return {
      kind: "json",
      isError: true,
      message: nonEmptyText(get(error, "message")),
      type: typeOf(get(error, "type")),
      fieldErrors: readFieldErrors(get(error, "errors")) ?? readFieldErrors(get(value, "errors")),
      raw: value,
    };
  }
  const errorText = nonEmptyText(error);
  if (errorText !== undefined) return { kind: "json", isError: true, message: errorText, raw: value };
  // v2 errors page: flat { "type", "message" }; Laravel-style { "message", "errors": { field: [...] } }.
  const type = typeOf(get(value, "type"));
  const message = nonEmptyText(get(value, "message"));
  const fieldErrors = readFieldErrors(get(value, "errors"));
  return {
    kind: "json",
    isError: isKnownType(type) || (message !== undefined && fieldErrors !== undefined),
    message,
    type,
    fieldErrors,
    raw: value,
  };
};

const looksLikeHtml = (text: string): boolean => {
  const start = text.slice(0, 100).toLowerCase();
  return start.startsWith("<") || start.includes("<html") || start.includes("<!doctype");
};

const fromDecoded = (decoded: DecodedBody): BodyEvidence => {
  if (decoded.kind === "empty") return { kind: "empty", isError: false };
  if (decoded.kind === "json") return readJson(decoded.value);
  if (looksLikeHtml(decoded.text)) return { kind: "html", isError: false, raw: decoded.text, length: decoded.length };
  return { kind: "text", isError: false, message: decoded.text, raw: decoded.text, length: decoded.length };
};

const isUnreadStream = (body: unknown): boolean =>
  (typeof ReadableStream !== "undefined" && body instanceof ReadableStream) ||
  (typeof Blob !== "undefined" && body instanceof Blob);

/** Decodes a body (text, bytes, parsed JSON) and reads what it says about an error. Never throws. */
export const readBody = (body: unknown): BodyEvidence =>
  isUnreadStream(body) ? { kind: "stream", isError: false } : fromDecoded(decodeBody(body));
