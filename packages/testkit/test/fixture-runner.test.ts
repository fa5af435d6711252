import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Fixture, fixtureProblems, fixtureResultProblems, loadFixtures } from "@errnorm/testkit/fixtures";
import { describe, expect, it } from "vitest";
import { soundParse, VENDOR } from "./sample-adapter.js";

const notFound: Fixture = {
  file: "nf.json",
  id: "NF",
  label: "documented",
  source: "the sample vendor's page",
  response: { status: 404, headers: { "X-Request-Id": "r1" }, body: { error: { code: "missing", message: "gone" } } },
  expect: { ok: false, category: "not_found", reason: "ITEM_MISSING", vendorCode: "missing", traceId: "r1" },
};

const run = (fixture: Fixture) => soundParse(fixture.response);

describe("fixtureResultProblems", () => {
  it("passes when every listed field matches", () => {
    expect(fixtureResultProblems(notFound, run(notFound), { vendor: VENDOR })).toEqual([]);
  });

  it("names each field that differs, and a status that is not the response's", () => {
    const wrong = { ...notFound, expect: { ...notFound.expect, reason: "NOT_FOUND", traceId: null } } as Fixture;
    expect(fixtureResultProblems(wrong, run(wrong), { vendor: VENDOR })).toEqual([
      'reason: got "ITEM_MISSING", expected "NOT_FOUND"',
      'traceId: got "r1", expected undefined',
    ]);
    const moved = { ...notFound, response: { ...notFound.response, status: 410 } };
    expect(fixtureResultProblems(moved, run(notFound), { vendor: VENDOR })).toEqual(["status: got 404, expected 410"]);
  });

  it("exhaustive: an unlisted field must be absent and an unlisted userMessage the category's default", () => {
    const sparse = { ...notFound, expect: { ok: false, reason: "ITEM_MISSING" } } as Fixture;
    expect(fixtureResultProblems(sparse, run(sparse), { vendor: VENDOR })).toEqual([]);
    expect(fixtureResultProblems(sparse, run(sparse), { vendor: VENDOR, exhaustive: true })).toEqual([
      'vendorCode: got "missing", expected undefined',
      'traceId: got "r1", expected undefined',
    ]);
  });

  it("fails a success where an error is expected, an error where a success is, and a wrong value", () => {
    const ok200: Fixture = { ...notFound, response: { status: 200, body: [1] }, expect: { ok: true, value: [1] } };
    expect(fixtureResultProblems(ok200, run(ok200), { vendor: VENDOR })).toEqual([]);
    expect(fixtureResultProblems(notFound, run(ok200), { vendor: VENDOR })).toEqual([
      "a success, expected a ITEM_MISSING",
    ]);
    expect(fixtureResultProblems(ok200, run(notFound), { vendor: VENDOR })[0]).toMatch(/^an error \(not_found/);
    const other = { ...ok200, expect: { ok: true, value: [2] } } as Fixture;
    expect(fixtureResultProblems(other, run(ok200), { vendor: VENDOR })).toEqual(["value [1], expected [2]"]);
  });

  it("checks message texts that must and must not appear", () => {
    const texts = { ...notFound, expect: { ok: false, messageIncludes: ["gone"], messageExcludes: ["go"] } } as Fixture;
    expect(fixtureResultProblems(texts, run(texts), { vendor: VENDOR })).toEqual(['message "gone" holds "go"']);
  });

  it("reads an error's wire form (what the CLI prints) with fromJSON, and refuses anything else", () => {
    const wire = run(notFound).mapErr((e) => e.toJSON() as never);
    expect(fixtureResultProblems(notFound, wire, { vendor: VENDOR })).toEqual([]);
    const junk = run(notFound).mapErr(() => ({ nope: true }) as never);
    expect(fixtureResultProblems(notFound, junk, { vendor: VENDOR })[0]).toMatch(
      /not a NormalizedError nor its wire form/,
    );
  });
});

describe("the fixture format", () => {
  it("refuses unknown fields, bad labels, a missing source, and error fields in a success", () => {
    const { file: _file, ...valid } = notFound;
    expect(fixtureProblems(valid)).toEqual([]);
    expect(fixtureProblems({ ...valid, label: "guessed", colour: 1, source: "" })).toEqual([
      "colour is not a fixture field (id, label, source, note, request, response, expect, extra)",
      "label must be one of documented, observed, inferred",
      "source must say where it comes from",
    ]);
    expect(fixtureProblems({ ...valid, expect: { ok: true, reason: "X" } })).toEqual([
      "expect.reason is not a field of a success expectation",
    ]);
    expect(fixtureProblems({ ...valid, response: { status: "404", header: {} } })).toEqual([
      "response.status must be an integer",
      "response.header is not status, headers or body",
    ]);
  });

  it("loadFixtures names every bad file and every id used twice", () => {
    const dir = mkdtempSync(join(tmpdir(), "errnorm-fixtures-"));
    const { file: _file, ...valid } = notFound;
    writeFileSync(join(dir, "a.json"), JSON.stringify(valid));
    writeFileSync(join(dir, "b.json"), JSON.stringify(valid));
    writeFileSync(join(dir, "c.json"), "{");
    writeFileSync(join(dir, "d.json"), JSON.stringify({ ...valid, id: "D", label: "x" }));
    expect(() => loadFixtures(dir)).toThrow(
      /c\.json: not JSON[\s\S]*d\.json: label must be[\s\S]*b\.json: id NF is also the id of a\.json/,
    );
    writeFileSync(join(dir, "b.json"), JSON.stringify({ ...valid, id: "B" }));
    writeFileSync(join(dir, "c.json"), JSON.stringify({ ...valid, id: "C" }));
    writeFileSync(join(dir, "d.json"), JSON.stringify({ ...valid, id: "D" }));
    expect(loadFixtures(dir).map((f) => f.file)).toEqual(["a.json", "b.json", "c.json", "d.json"]);
  });
});
