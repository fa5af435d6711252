import { describe, expect, it } from "vitest";
import { buildError, readAdapterOptions } from "@errnorm/core/adapter";

const rule = { category: "conflict", reason: "ALREADY_EXISTS" } as const;
const evidence = { status: 409, message: "duplicate", userMessage: "A user with that email already exists." };

describe("buildError's userMessage", () => {
  it("is the vendor's words the adapter passed when the caller has no catalog entry for the category", () => {
    const error = buildError(
      "acme",
      rule,
      evidence,
      readAdapterOptions({ messages: { not_found: "Nicht gefunden." } }),
    );
    expect(error.userMessage).toBe(evidence.userMessage);
  });

  it("is the caller's catalog entry for the category, over the vendor's words (a catalog is how an SDK localizes)", () => {
    const error = buildError(
      "acme",
      rule,
      evidence,
      readAdapterOptions({ messages: { conflict: "Existiert bereits." } }),
    );
    expect(error.userMessage).toBe("Existiert bereits.");
  });
});
