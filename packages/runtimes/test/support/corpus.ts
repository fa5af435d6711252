import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Fixture, loadFixtures, wireBody } from "@errnorm/testkit/fixtures";
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

/** The reason an error expectation names (`undefined` for a success or an error that names none). */
const reasonOf = (expected: Fixture["expect"]): string | undefined =>
  !expected.ok && typeof expected.reason === "string" ? expected.reason : undefined;

/** One fixture as the matrix runs it: the response, the request's options, and what it must normalize to. */
const toCase = (adapter: AdapterName, fixture: Fixture): CorpusFixture => ({
  file: fixture.file,
  id: `${adapter}/${fixture.file.replace(/\.json$/, "")}`,
  adapter,
  status: fixture.response.status,
  headers: { ...fixture.response.headers },
  body: wireBody(fixture),
  ...(fixture.request !== undefined && Object.keys(fixture.request).length > 0 && { options: { ...fixture.request } }),
  expectOk: fixture.expect.ok,
  expectReason: reasonOf(fixture.expect),
});

/** Every fixture of both adapters (testkit's `loadFixtures`: checked, sorted by file name), adapter by adapter. */
export const loadCorpus = (): CorpusFixture[] =>
  (Object.keys(FIXTURE_DIRS) as AdapterName[]).flatMap((adapter) =>
    loadFixtures(FIXTURE_DIRS[adapter]).map((fixture) => toCase(adapter, fixture)),
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
