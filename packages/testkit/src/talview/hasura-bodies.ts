import type { TalviewDocumentedStatus } from "./messages.js";
import { TALVIEW_DOCUMENTED_MESSAGES } from "./messages.js";

/** A Hasura GraphQL error object: `path` is a JSON-path string, `code` a kebab-case string. */
export interface HasuraError {
  readonly extensions: { readonly path: string; readonly code: string };
  readonly message: string;
}

/** Hasura's `/v1/graphql` error body (always sent with HTTP 200, and with no `data` key). */
export const hasuraErrors = (code: string, message: string, path = "$"): { errors: HasuraError[] } => ({
  errors: [{ extensions: { path, code }, message }],
});

/** Hasura's RESTified-endpoint error body, sent with the real HTTP status. */
export const hasuraRestError = (code: string, error: string): unknown => ({ path: "$", error, code });

/** The docs' bare body: numeric `extensions.code` equal to the HTTP status, and a `traceId`. */
export const documentedBody = (status: TalviewDocumentedStatus, traceId: string, message?: string): unknown => ({
  extensions: { code: status, traceId },
  message: message ?? TALVIEW_DOCUMENTED_MESSAGES[status],
});
