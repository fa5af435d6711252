import { readdirSync, readFileSync } from "node:fs";

/** Where a fixture's payload comes from. */
export type Label = "documented" | "observed" | "inferred";

export interface FixtureExpect {
  readonly ok: boolean;
  readonly empty?: boolean;
  readonly value?: unknown;
  readonly category?: string;
  readonly reason?: string;
  readonly action?: string;
  readonly retryable?: boolean;
  readonly vendorCode?: string;
  readonly userMessage?: string;
  readonly message?: string;
  readonly messageIncludes?: readonly string[];
  readonly retryAfterMs?: number | null;
  readonly rateLimit?: Record<string, number>;
  readonly traceId?: string;
  readonly fieldErrors?: readonly { field: string; message: string }[];
  readonly rateLimitInfo?: Record<string, unknown>;
}

/** One case of test/fixtures: a TalentLMS response and the canonical fields it must give. */
export interface Fixture {
  readonly file: string;
  readonly id: string;
  readonly label: Label;
  readonly source: string;
  readonly note?: string;
  readonly request?: { readonly url?: string };
  readonly status: number;
  readonly headers: Record<string, string>;
  /** A string is the raw body text; anything else is the JSON the server sent. */
  readonly body: unknown;
  readonly expect: FixtureExpect;
}

const dir = new URL("../fixtures/", import.meta.url);

/** Every fixture file, sorted by name. */
export const loadFixtures = (): Fixture[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(new URL(file, dir), "utf8")) as Omit<Fixture, "file">) }));

/** The body as a server sends it: text on the wire. */
export const bodyText = (fixture: Fixture): string =>
  typeof fixture.body === "string" ? fixture.body : JSON.stringify(fixture.body);
