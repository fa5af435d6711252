import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AdapterName, CorpusCase } from "../runner/run-corpus.js";

const packagesDir = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

/** Where each adapter keeps its fixture corpus (one JSON file per case). */
export const FIXTURE_DIRS: Readonly<Record<AdapterName, string>> = {
  talentlms: join(packagesDir, "talentlms", "test", "fixtures"),
  talview: join(packagesDir, "talview", "test", "fixtures"),
};

/** One fixture with what the matrix needs from it, and what the fixture says the result must be. */
export interface CorpusFixture extends CorpusCase {
  readonly file: string;
  readonly expectOk: boolean | undefined;
  readonly expectReason: string | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const record = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

/**
 * Reads a fixture in any layout the adapters have used: the shared testkit format (`response` plus
 * `request: { url?, operation? }`), TalentLMS's older one (`status`, `headers`, `body` and `request.url` at the
 * top) and Talview's older one (`response` plus `options`).
 */
export const readFixture = (adapter: AdapterName, file: string, json: unknown): CorpusFixture => {
  const fixture = record(json);
  const response = isRecord(fixture["response"]) ? fixture["response"] : fixture;
  const status = response["status"];
  if (typeof status !== "number") throw new Error(`${adapter}/${file}: no numeric status`);
  const request = record(fixture["request"]);
  const options = Object.fromEntries(
    Object.entries({ ...request, ...record(fixture["options"]) }).filter(
      ([key, value]) => ["url", "operation"].includes(key) && typeof value === "string",
    ),
  );
  const body = response["body"];
  const expectation = record(fixture["expect"]);
  return {
    file,
    id: `${adapter}/${file.replace(/\.json$/, "")}`,
    adapter,
    status,
    headers: Object.fromEntries(
      Object.entries(record(response["headers"])).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    ),
    // The body as it comes off the wire: text as it is, JSON as text, no body as "" (testkit's `wireBody`).
    body: body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body),
    ...(Object.keys(options).length > 0 && { options }),
    expectOk: typeof expectation["ok"] === "boolean" ? expectation["ok"] : undefined,
    expectReason: typeof expectation["reason"] === "string" ? expectation["reason"] : undefined,
  };
};

/** Every fixture of both adapters, sorted by adapter and file name. */
export const loadCorpus = (): CorpusFixture[] =>
  (Object.keys(FIXTURE_DIRS) as AdapterName[]).flatMap((adapter) =>
    readdirSync(FIXTURE_DIRS[adapter])
      .filter((file) => file.endsWith(".json"))
      .sort()
      .map((file) =>
        readFixture(adapter, file, JSON.parse(readFileSync(join(FIXTURE_DIRS[adapter], file), "utf8")) as unknown),
      ),
  );

/** The fields every runtime receives (the expectations stay in Node). */
export const casesOf = (corpus: readonly CorpusFixture[]): CorpusCase[] =>
  corpus.map(({ id, adapter, status, headers, body, options }) => ({
    id,
    adapter,
    status,
    headers,
    body,
    ...(options !== undefined && { options }),
  }));
