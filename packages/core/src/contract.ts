import type { Result } from "neverthrow";
import type { NormalizedError } from "./error.js";
import type { MessageCatalog } from "./messages.js";

/** A response as any HTTP client holds it. `body` may be raw text, bytes, parsed JSON, or absent. */
export interface HttpResponseLike {
  status: number;
  headers?: Headers | Record<string, string | string[] | undefined> | undefined;
  body?: unknown;
}

/** Options every adapter accepts. */
export interface ParseOptions {
  /** Overrides of the default English `userMessage` per category. */
  messages?: Partial<MessageCatalog> | undefined;
  /** Secret values to scrub from the error (the API key or token you sent, for example). */
  secrets?: Iterable<string> | undefined;
  /** Keep personal data (emails, phone numbers, names) in the error instead of masking it as `[PERSONAL]`. */
  keepPersonalData?: boolean | undefined;
  /** More keys whose values are personal data (`["employee_ref"]`), beside the built-in list. */
  personalDataKeys?: Iterable<string> | undefined;
}

/** The contract both vendor packages implement (and a third vendor's adapter would). */
export interface VendorAdapter<TOptions extends ParseOptions = ParseOptions> {
  readonly vendor: string;
  parseResponse<T = unknown>(response: HttpResponseLike, options?: TOptions): Result<T, NormalizedError>;
  normalizeError(thrown: unknown, options?: TOptions): NormalizedError;
}
