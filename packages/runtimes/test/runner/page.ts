// The entry for headless Chromium: a page script, bundled from the built packages, that leaves its answer on
// `globalThis` for the test to read.
import { parseResponse as talentlms } from "@errnorm/talentlms";
import { parseResponse as talview } from "@errnorm/talview";
import cases from "errnorm-corpus";
import { runCorpus } from "./run-corpus.js";

(globalThis as { errnormMatrix?: string }).errnormMatrix = JSON.stringify({
  runtime: navigator.userAgent,
  outcomes: runCorpus(cases, { talentlms, talview }),
});
