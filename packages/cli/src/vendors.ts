import type { HttpResponseLike, NormalizedError } from "@errnorm/core";
import { parseResponse as parseTalentlms } from "@errnorm/talentlms";
import { parseResponse as parseTalview } from "@errnorm/talview";
import type { Result } from "neverthrow";

/** Vendors the CLI knows, in the order they are listed in help texts. */
export const VENDOR_NAMES = ["talentlms", "talview"] as const;

/** A vendor the CLI can explain. */
export type VendorName = (typeof VENDOR_NAMES)[number];

/** `true` when `name` is one of `VENDOR_NAMES`. */
export const isVendorName = (name: unknown): name is VendorName =>
  typeof name === "string" && (VENDOR_NAMES as readonly string[]).includes(name);

/** What the CLI knows about one request: enough for either adapter. */
export interface VendorCall {
  readonly response: HttpResponseLike;
  /** The request URL, when known (TalentLMS scrubs its credentials and checks for plain http). */
  readonly url?: string | undefined;
  /** The GraphQL field this call is about (Talview checks its `success` envelope). */
  readonly operation?: string | undefined;
  readonly secrets: ReadonlySet<string>;
}

interface VendorProfile {
  /** Product name, for messages. */
  readonly label: string;
  /** Registrable domain: the domain itself and every subdomain belong to the vendor. */
  readonly domain: string;
  /** Path fragments of API calls (also behind a proxy prefix), so pages and assets on the same host are left out of a HAR summary. */
  readonly apiPathFragments: readonly string[];
  readonly parse: (call: VendorCall) => Result<unknown, NormalizedError>;
}

/** Per vendor: how to recognise its hosts and API calls, and which adapter reads its responses. */
export const VENDORS = {
  talentlms: {
    label: "TalentLMS",
    domain: "talentlms.com",
    apiPathFragments: ["/api/"],
    parse: ({ response, url, secrets }) => parseTalentlms(response, { url, secrets }),
  },
  talview: {
    label: "Talview",
    domain: "talview.com",
    apiPathFragments: ["/graphql", "/api/"],
    parse: ({ response, operation, secrets }) => parseTalview(response, { operation, secrets }),
  },
} as const satisfies Record<VendorName, VendorProfile>;
