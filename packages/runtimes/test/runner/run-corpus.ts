// Runs in every runtime of the matrix (bundled by esbuild): no imports, only the adapters it is handed.

/** The two adapters of the corpus. */
export type AdapterName = "talentlms" | "talview";

/** One fixture as every runtime receives it: a response on the wire and the adapter's options. */
export interface CorpusCase {
  readonly id: string;
  readonly adapter: AdapterName;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly options?: Readonly<Record<string, unknown>>;
}

/** What a runtime reports for one fixture: the success value, the error's `toJSON()`, or what was thrown. */
export type Outcome =
  | { readonly id: string; readonly ok: true; readonly value: unknown }
  | { readonly id: string; readonly ok: false; readonly error: unknown }
  | { readonly id: string; readonly threw: string };

interface ResultLike {
  isOk(): boolean;
  readonly value?: unknown;
  readonly error?: { toJSON(): unknown };
}

/** An adapter's `parseResponse`, as each runtime imports it from the built package. */
export type ParseResponse = (
  response: { status: number; headers: Record<string, string>; body: string },
  options?: Record<string, unknown>,
) => ResultLike;

/** Every case through its adapter's `parseResponse`; the adapters promise never to throw, so a throw is recorded. */
export const runCorpus = (cases: readonly CorpusCase[], adapters: Record<AdapterName, ParseResponse>): Outcome[] =>
  cases.map((c) => {
    try {
      const result = adapters[c.adapter]({ status: c.status, headers: { ...c.headers }, body: c.body }, c.options);
      return result.isOk()
        ? { id: c.id, ok: true, value: result.value }
        : { id: c.id, ok: false, error: result.error?.toJSON() };
    } catch (thrown) {
      return { id: c.id, threw: String(thrown) };
    }
  });
