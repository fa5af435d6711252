import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** One recorded case: a response and what it must normalize to. */
export interface Fixture {
  id: string;
  label: "documented" | "observed" | "inferred";
  source: string;
  description: string;
  response: { status: number; headers?: Record<string, string>; body?: unknown };
  options?: { operation?: string };
  expect: Record<string, unknown> & { ok?: boolean };
  file: string;
}

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

/** Every fixture file, sorted by name. */
export const loadFixtures = (): Fixture[] =>
  readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ ...(JSON.parse(readFileSync(join(FIXTURE_DIR, file), "utf8")) as Omit<Fixture, "file">), file }));

/** The body as it comes off the wire: JSON bodies as text, text bodies as they are. */
export const wireBody = (fixture: Fixture): string =>
  typeof fixture.response.body === "string" ? fixture.response.body : JSON.stringify(fixture.response.body);
