import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Fixture, loadFixtures, wireBody } from "@errnorm/testkit/fixtures";

/** How the CLI is given one fixture, and what its table must show (`extra.cli` of test/fixtures/cases). */
export interface CliCase {
  /** The vendor the CLI must report (detected or given with --vendor). */
  readonly vendor: "talentlms" | "talview";
  /** `http`: a raw HTTP response as curl -i prints it; `body`: the body alone (status by --status or assumed). */
  readonly input: "http" | "body";
  /** Interim status lines (`HTTP/1.1 100 Continue`) printed before the real head. */
  readonly interim?: readonly string[];
  readonly args?: readonly string[];
  /** Text the table output must contain. */
  readonly table: readonly string[];
}

/** Every case of test/fixtures/cases, in the fixture format shared with the adapters. */
export const CASES: readonly Fixture[] = loadFixtures(new URL("./fixtures/cases/", import.meta.url));

/** The CLI half of a case. */
export const cliOf = (fixture: Fixture): CliCase => fixture.extra?.cli as CliCase;

/** The case with this id. */
export const caseById = (id: string): Fixture => {
  const found = CASES.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no case ${id} in test/fixtures/cases`);
  return found;
};

/** What a user pastes or pipes: the raw HTTP response (interim heads, status line, headers, body) or the body. */
export const cliInput = (fixture: Fixture): string => {
  const { input, interim = [] } = cliOf(fixture);
  if (input === "body") return wireBody(fixture);
  const head = [
    `HTTP/1.1 ${fixture.response.status}`,
    ...Object.entries(fixture.response.headers ?? {}).map(([n, v]) => `${n}: ${v}`),
  ];
  return [...interim.map((line) => `${line}\r\n\r\n`), `${head.join("\r\n")}\r\n\r\n`, wireBody(fixture)].join("");
};

const dir = mkdtempSync(join(tmpdir(), "errnorm-cli-cases-"));

/** The input written to a file, for `errnorm explain FILE`. */
export const caseFile = (fixture: Fixture): string => {
  const path = join(dir, `${fixture.id}.${cliOf(fixture).input === "http" ? "http" : "json"}`);
  writeFileSync(path, cliInput(fixture));
  return path;
};
