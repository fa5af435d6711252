// README, "Results and exhaustive matching": one answer per category; a new category would fail to compile.
// Run by packages/integration/test/readme-basics.test.ts on errors from the testkit emulators.
import type { NormalizedError } from "@errnorm/core";
import { match } from "ts-pattern";

/** What to tell the user next, for every category. */
export const nextStep = (error: NormalizedError): string =>
  match(error.category)
    .with("rate_limited", "server", "unavailable", "timeout", "network", () => "retry later")
    .with("authentication", () => "sign in again")
    .with("permission", () => "ask an admin")
    .with("invalid_request", "not_found", "conflict", "business_rule", () => error.userMessage)
    .with("cancelled", "unknown", () => "contact support")
    .exhaustive();
