import type { FieldError } from "@errnorm/core";
import { type DecodedBody, field, isRecord, itemsOf, textOf } from "@errnorm/core/adapter";

/** What a Quillpad body says about a failure, before any table is consulted. */
export interface QuillpadEvidence {
  readonly code?: string | undefined;
  readonly message?: string | undefined;
  readonly requestId?: string | undefined;
  readonly fieldErrors?: readonly FieldError[] | undefined;
}

const MAX_ITEMS = 20;

const fieldErrorsOf = (fields: unknown): FieldError[] | undefined => {
  const out = itemsOf(fields, MAX_ITEMS).flatMap((item) => {
    const name = textOf(field(item, "field"));
    const message = textOf(field(item, "message"));
    return name && message ? [{ field: name, message }] : [];
  });
  return out.length > 0 ? out : undefined;
};

const evidenceOf = (error: unknown, requestId?: unknown): QuillpadEvidence => ({
  code: textOf(field(error, "code")),
  message: textOf(field(error, "message")),
  requestId: textOf(field(error, "request_id")) ?? textOf(requestId),
  fieldErrors: fieldErrorsOf(field(error, "fields")),
});

/**
 * The failure a decoded body reports: `{ "error": { code, message, request_id, fields } }` of a failed request, or
 * the first entry of `errors` in a batch (`{ "results": [...], "errors": [...], "request_id" }`). `undefined` when
 * the body reports none.
 */
export const readBody = (body: DecodedBody): QuillpadEvidence | undefined => {
  if (body.kind !== "json" || !isRecord(body.value)) return undefined;
  const error = field(body.value, "error");
  if (isRecord(error)) return evidenceOf(error);
  const [first] = itemsOf(field(body.value, "errors"), 1);
  return isRecord(first) ? evidenceOf(first, field(body.value, "request_id")) : undefined;
};
