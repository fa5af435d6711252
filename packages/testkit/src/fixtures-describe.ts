import type { HttpResponseLike } from "@errnorm/core";
import { describe, expect, it } from "vitest";
import { type Fixture, wireBody } from "./fixtures-format.js";
import { errorFrom, type ExpectationMode, fixtureResultProblems } from "./fixtures-check.js";
import type { ResultLike } from "./properties-types.js";

/** How a client can hold the same response: body text with `Headers` (fetch), bytes, or parsed JSON (axios). */
export type BodyForm = "text" | "bytes" | "json";

/** The fixture's response in one client's form; `json` only for a JSON body. */
export const responseIn = (fixture: Fixture, form: BodyForm): HttpResponseLike | undefined => {
  const { status, headers = {}, body } = fixture.response;
  if (form === "text") return { status, headers: new Headers(headers), body: wireBody(fixture) };
  if (form === "bytes") return { status, headers: { ...headers }, body: new TextEncoder().encode(wireBody(fixture)) };
  return typeof body === "string" || body === undefined ? undefined : { status, headers: { ...headers }, body };
};

/** What runs one fixture: the adapter's `parseResponse`, or the CLI on the rendered response. */
export type FixtureRun = (fixture: Fixture, response: HttpResponseLike) => ResultLike | Promise<ResultLike>;

export interface DescribeFixturesOptions extends ExpectationMode {
  readonly run: FixtureRun;
  /** Body forms to run each fixture in (default all three); every form must give the same answer. */
  readonly forms?: readonly BodyForm[] | undefined;
  /** The adapter's own expectations (`fixture.extra`), after the common ones passed. */
  readonly check?:
    ((fixture: Fixture, result: ResultLike, response: HttpResponseLike) => void | Promise<void>) | undefined;
}

const answer = (result: ResultLike): unknown => {
  if (!result.isErr()) return { ok: result.value };
  const error = errorFrom(result.error);
  return typeof error === "string" ? error : error.toJSON();
};

/**
 * The one fixture runner: one vitest test per fixture that runs it in every body form, checks each answer against
 * the fixture (`fixtureResultProblems`), checks that all forms answer alike, then runs the adapter's own `check`.
 *
 * @example
 * describeFixtures(loadFixtures(new URL("./fixtures/", import.meta.url)), { vendor: "acme", run: (_f, r) => parseResponse(r) });
 */
export const describeFixtures = (fixtures: readonly Fixture[], options: DescribeFixturesOptions): void => {
  const forms = options.forms ?? ["text", "bytes", "json"];
  describe(`${options.vendor} fixtures (@errnorm/testkit/fixtures)`, () => {
    it.each(fixtures.map((f) => [`${f.id} [${f.label}] HTTP ${f.response.status} (${f.file})`, f] as const))(
      "%s",
      async (_name, fixture) => {
        const answers: unknown[] = [];
        for (const form of forms) {
          const response = responseIn(fixture, form);
          if (response === undefined) continue;
          const result = await options.run(fixture, response);
          expect(fixtureResultProblems(fixture, result, options), `${form} body`).toEqual([]);
          answers.push(answer(result));
          await options.check?.(fixture, result, response);
        }
        for (const other of answers.slice(1))
          expect(other, "every body form gives the same answer").toEqual(answers[0]);
      },
    );
  });
};
