// The entry for workerd (Cloudflare Workers, through Miniflare): a module worker that answers every request with
// the corpus run. Bundled from the built packages; no nodejs_compat flag.
import { parseResponse as talentlms } from "@errnorm/talentlms";
import { parseResponse as talview } from "@errnorm/talview";
import cases from "errnorm-corpus";
import { runCorpus } from "./run-corpus.js";

export default {
  fetch: (): Response =>
    new Response(JSON.stringify({ runtime: navigator.userAgent, outcomes: runCorpus(cases, { talentlms, talview }) }), {
      headers: { "content-type": "application/json" },
    }),
};
