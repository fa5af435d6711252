import { err, ok, type Result } from "neverthrow";
import { NormalizedError } from "./error.js";
import { NormalizedErrorJsonSchema } from "./wire-schema.js";

/** The input of `fromJSON` was not a NormalizedError wire object; `issues` say where. */
export class WireFormatError extends Error {
  override readonly name = "WireFormatError";
  constructor(readonly issues: readonly { readonly path: string; readonly message: string }[]) {
    super(
      `Not a NormalizedError wire object: ${issues
        .map((i) => `${i.path || "(root)"}: ${i.message}`)
        .slice(0, 5)
        .join("; ")}`,
    );
  }
}

const parseText = (json: string): Result<unknown, WireFormatError> => {
  try {
    return ok(JSON.parse(json));
  } catch {
    return err(new WireFormatError([{ path: "", message: "invalid JSON text" }]));
  }
};

/** Rebuilds a NormalizedError from `toJSON()` output (an object or its JSON text), validated by the wire schema. */
export const fromJSON = (json: unknown): Result<NormalizedError, WireFormatError> =>
  (typeof json === "string" ? parseText(json) : ok(json)).andThen((value) => {
    const parsed = NormalizedErrorJsonSchema.safeParse(value);
    if (!parsed.success) {
      return err(
        new WireFormatError(
          parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
        ),
      );
    }
    const { errnorm: _v, name: _n, cause, ...fields } = parsed.data;
    const revived = cause ? Object.assign(new Error(cause.message), { name: cause.name }) : undefined;
    return ok(new NormalizedError({ ...fields, ...(revived && { cause: revived }) }));
  });
