// Both adapters behind one loose signature, so every hostile case runs against each of them unchanged.
import type { NormalizedError } from "@errnorm/core";
import * as talentlms from "@errnorm/talentlms";
import * as talview from "@errnorm/talview";
import type { Result } from "neverthrow";

/** An adapter as hostile tests call it: any value in, never a throw. */
export interface LooseAdapter {
  readonly name: "talentlms" | "talview";
  readonly parseResponse: (response: unknown, options?: unknown) => Result<unknown, NormalizedError>;
  readonly normalizeError: (thrown: unknown, options?: unknown) => NormalizedError;
}

export const ADAPTERS: readonly LooseAdapter[] = [
  {
    name: "talentlms",
    parseResponse: talentlms.parseResponse as LooseAdapter["parseResponse"],
    normalizeError: talentlms.normalizeError as LooseAdapter["normalizeError"],
  },
  {
    name: "talview",
    parseResponse: talview.parseResponse as LooseAdapter["parseResponse"],
    normalizeError: talview.normalizeError as LooseAdapter["normalizeError"],
  },
];
