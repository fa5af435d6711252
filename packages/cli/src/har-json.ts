import { scrubStrings } from "./scrub.js";
import { type HarSummary, secretsOf } from "./summarize-har.js";

/** The HAR summary as JSON: counts, and each failure with its error's `toJSON()`, secrets scrubbed. */
export const harSummaryJson = (summary: HarSummary): unknown =>
  scrubStrings(
    {
      entries: summary.entries,
      calls: summary.calls,
      skipped: summary.skipped,
      problems: summary.problems,
      vendors: summary.vendors,
      failures: summary.failures.map((f) => ({
        index: f.index,
        time: f.time ?? null,
        vendor: f.vendor,
        method: f.method,
        path: f.path,
        status: f.status,
        error: f.error.toJSON(),
      })),
    },
    secretsOf(summary),
  );
