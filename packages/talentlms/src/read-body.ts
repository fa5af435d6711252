import type { FieldError } from "@errnorm/core";
import { type DecodedBody, field, isList, isRecord, itemsOf, keysOf, textOf } from "@errnorm/core/adapter";

/** What a response body says about an error, read without any table. */
export interface BodyEvidence {
  /** `empty`, `json`, `html` or other `text`, or `stream` (a body that was never read). */
  readonly kind: "empty" | "json" | "html" | "text" | "stream";
  /** The body's shape says it is an error (an `error` member, or a message with field errors). */
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

/** A string with something in it (numbers are not TalentLMS messages). */
const stringText = (value: unknown): string | undefined => (typeof value === "string" ? textOf(value) : undefined);

/** Laravel-style `errors: { field: [messages] }`, or a list of `{ field, message }`. */
const readFieldErrors = (errors: unknown): FieldError[] | undefined => {
  const out: FieldError[] = [];
  if (isRecord(errors)) {
    for (const name of keysOf(errors, MAX_FIELD_ERRORS)) {
      const value = field(errors, name);
      const messages = isList(value) ? itemsOf(value, MAX_FIELD_ERRORS) : [value];
      for (const message of messages) {
        if (typeof message === "string" && out.length < MAX_FIELD_ERRORS) out.push({ field: name, message });
      }
    }
  } else {
    for (const item of itemsOf(errors, MAX_FIELD_ERRORS)) {
      const name = field(item, "field");
      const message = field(item, "message");
      if (typeof name === "string" && typeof message === "string") out.push({ field: name, message });
    }
  }
  return out.length > 0 ? out : undefined;
};

const typeOf = (value: unknown): string | undefined => {
  const type = stringText(value);
  return type !== undefined && type.length <= MAX_TYPE ? type : undefined;
};

const readJson = (value: unknown): BodyEvidence => {
  if (typeof value === "string") return { kind: "json", isError: false, message: stringText(value), raw: value };
  if (!isRecord(value)) return { kind: "json", isError: false, raw: value };
  const error = field(value, "error");
  // v1 and the v2 overview: { "error": { "type", "message" } }; some gateways: { "error": "text" }.
  if (isRecord(error)) {
    return {
      kind: "json",
      isError: true,
      message: stringText(field(error, "message")),
      type: typeOf(field(error, "type")),
      fieldErrors: readFieldErrors(field(error, "errors")) ?? readFieldErrors(field(value, "errors")),
      raw: value,
    };
  }
  const errorText = stringText(error);
  if (errorText !== undefined) return { kind: "json", isError: true, message: errorText, raw: value };
  // v2 errors page: flat { "type", "message" } (a known `type` makes it an error: see `saysError`);
  // Laravel-style { "message", "errors": { field: [...] } }.
  const message = stringText(field(value, "message"));
  const fieldErrors = readFieldErrors(field(value, "errors"));
  return {
    kind: "json",
    isError: message !== undefined && fieldErrors !== undefined,
    message,
    type: typeOf(field(value, "type")),
    fieldErrors,
    raw: value,
  };
};

const looksLikeHtml = (text: string): boolean => {
  const start = text.slice(0, 100).toLowerCase();
  return start.startsWith("<") || start.includes("<html") || start.includes("<!doctype");
};

/** A body passed still unread (a stream or a Blob): nothing can be said about it. */
export const UNREAD_BODY: BodyEvidence = Object.freeze({ kind: "stream", isError: false });

/** `true` for a body that was never read (`response.body` of fetch, a Blob). */
export const isUnreadBody = (body: unknown): boolean =>
  (typeof ReadableStream !== "undefined" && body instanceof ReadableStream) ||
  (typeof Blob !== "undefined" && body instanceof Blob);

/** What a decoded body (core's `decodeBody`) says about an error. Never throws. */
export const readBody = (decoded: DecodedBody): BodyEvidence => {
  if (decoded.kind === "empty") return { kind: "empty", isError: false };
  if (decoded.kind === "json") return readJson(decoded.value);
  if (looksLikeHtml(decoded.text)) return { kind: "html", isError: false, raw: decoded.text, length: decoded.length };
  return { kind: "text", isError: false, message: decoded.text, raw: decoded.text, length: decoded.length };
};
