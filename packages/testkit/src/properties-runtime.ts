import type { HttpResponseLike, NormalizedError } from "@errnorm/core";
import fc from "fast-check";
import {
  anyBody,
  anyHeaders,
  anyHttpStatus,
  anyOptions,
  anyStatus,
  anyThrown,
  hostileValue,
  httpHeaders,
} from "./properties-arbitraries.js";
import { assertProperty } from "./properties-assert.js";
import { failWith } from "./properties-rules.js";
import { tableCategories } from "./properties-tables.js";
import type { AdapterUnderTest, PropertyRunOptions, ResultLike } from "./properties-types.js";
import { errorProblems } from "./properties-valid.js";

const runs = <T>(options: PropertyRunOptions): fc.Parameters<T> => ({
  numRuns: options.numRuns ?? 300,
  ...(options.seed !== undefined && { seed: options.seed }),
});

const errorOf = (result: ResultLike): unknown => (result.isErr() ? result.error : undefined);

const parse = (adapter: AdapterUnderTest, response: unknown, options?: unknown): ResultLike =>
  adapter.parseResponse(response as HttpResponseLike, options as never);

/** Reading the answer must not throw either: a caller logs it, prints it and sends it on. */
const touch = (value: unknown): void => {
  if (value === undefined) return;
  String(value);
  JSON.stringify(value);
};

/**
 * `parseResponse` and `normalizeError` never throw: any status (numbers out of range, strings, objects), any
 * headers (records, `Headers`, pairs, hostile objects), any body (text, bytes, JSON, HTML, Proxies that throw,
 * cycles), any options, and any thrown value.
 */
export const checkNeverThrows = (adapter: AdapterUnderTest, options: PropertyRunOptions = {}): void => {
  const response = fc.oneof(
    fc.record({
      status: anyStatus,
      headers: fc.oneof(anyHeaders, hostileValue),
      body: fc.oneof(anyBody(adapter.bodies), hostileValue),
    }),
    fc.anything({ maxDepth: 2 }),
    hostileValue,
  );
  assertProperty(
    fc.property(response, anyOptions, (res, opts) => {
      touch(errorOf(parse(adapter, res, opts)));
    }),
    runs(options),
  );
  assertProperty(
    fc.property(anyThrown, anyOptions, (thrown, opts) => {
      touch(adapter.normalizeError(thrown, opts as never));
    }),
    runs(options),
  );
};

/**
 * Any status from 100 to 599 with any headers and any body gives a success only for a 2xx, and otherwise a valid
 * error of this adapter (`errorProblems`) that keeps the status; a reason the tables name keeps the tables'
 * category. Any thrown value gives a valid error too.
 */
export const checkValidErrors = (adapter: AdapterUnderTest, options: PropertyRunOptions = {}): void => {
  const categories = tableCategories(adapter);
  const meaningProblems = (error: unknown): string[] => {
    const { reason, category } = error as NormalizedError;
    const known = categories.get(reason);
    return known === undefined || known === category
      ? []
      : [`reason ${reason} is ${category}; its table says ${known}`];
  };
  assertProperty(
    fc.property(anyHttpStatus, httpHeaders, anyBody(adapter.bodies), (status, headers, body) => {
      const result = parse(adapter, { status, headers, body });
      if (!result.isErr()) {
        failWith(`${adapter.vendor}: a success`, status >= 200 && status <= 299 ? [] : [`ok at HTTP ${status}`]);
        return;
      }
      const error = errorOf(result);
      failWith(`${adapter.vendor}: a valid error at HTTP ${status}`, [
        ...errorProblems(error, { vendor: adapter.vendor, status }),
        ...meaningProblems(error),
      ]);
    }),
    runs(options),
  );
  assertProperty(
    fc.property(anyThrown, (thrown) => {
      const error = adapter.normalizeError(thrown);
      failWith(`${adapter.vendor}: a valid error from normalizeError`, [
        ...errorProblems(error, { vendor: adapter.vendor }),
        ...meaningProblems(error),
      ]);
    }),
    runs(options),
  );
};

/**
 * The same code gives the same category wherever it arrives: in every placement the adapter names and at every
 * status it lists. Skipped (passes) for an adapter whose codes arrive in one place only (no `codePlacements`).
 */
export const checkCodePlacements = (adapter: AdapterUnderTest, options: PropertyRunOptions = {}): void => {
  const where = adapter.codePlacements;
  if (where === undefined) return;
  const statuses = where.statuses ?? [200];
  const site = fc.record({ placement: fc.constantFrom(...where.placements), status: fc.constantFrom(...statuses) });
  const categoryAt = (code: string | number, at: { placement: string; status: number }): string => {
    const error = errorOf(parse(adapter, where.place(code, at.placement, at.status))) as NormalizedError | undefined;
    return error === undefined ? "(success)" : error.category;
  };
  assertProperty(
    fc.property(fc.constantFrom(...where.codes), site, site, (code, a, b) => {
      const [first, second] = [categoryAt(code, a), categoryAt(code, b)];
      failWith(
        `${adapter.vendor}: code ${JSON.stringify(code)} in every placement`,
        first === second
          ? []
          : [`${a.placement} at HTTP ${a.status} gives ${first}; ${b.placement} at HTTP ${b.status} gives ${second}`],
      );
    }),
    runs(options),
  );
};
