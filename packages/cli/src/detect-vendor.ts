import { field, isList, isRecord, keysOf, readHeader } from "@errnorm/core/adapter";
import type { VendorName } from "./vendors.js";

/** Which vendor a response came from, and what gave it away. */
export interface Detection {
  readonly vendor: VendorName;
  readonly evidence: string;
}

interface DetectionRule {
  readonly vendor: VendorName;
  readonly evidence: string;
  /** `body` is the decoded JSON value, or `undefined` when the body is not JSON. */
  readonly test: (body: unknown, headers: readonly (readonly [string, string])[]) => boolean;
}

const isEnvelope = (value: unknown): boolean => isRecord(value) && typeof field(value, "success") === "boolean";

/** Fields of a GraphQL `data` object (or a REST body without it) holding `{ success, error_message, data }`. */
const hasEnvelopeField = (value: unknown): boolean =>
  isRecord(value) && keysOf(value, 50).some((key) => isEnvelope(field(value, key)));

const isFieldMessages = (value: unknown): boolean => {
  const keys = isRecord(value) ? keysOf(value, 50) : [];
  return keys.length > 0 && keys.every((key) => isList(field(value, key)));
};

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/**
 * Vendor fingerprints, first match wins: body shapes before headers (headers like `X-RateLimit-*` are common
 * to many APIs). Sources: the adapters' READMEs (vendor docs, research fixtures T1–T18 and W1–W17).
 */
export const DETECTION_RULES: readonly DetectionRule[] = [
  { vendor: "talview", evidence: "a GraphQL `errors` array", test: (b) => isList(field(b, "errors")) },
  { vendor: "talview", evidence: "a Hasura `extensions` object", test: (b) => isRecord(field(b, "extensions")) },
  {
    vendor: "talview",
    evidence: "a `success` envelope",
    test: (b) => isEnvelope(b) || hasEnvelopeField(b) || hasEnvelopeField(field(b, "data")),
  },
  {
    vendor: "talview",
    evidence: "a Hasura REST error (`path`, `code`)",
    test: (b) => text(field(b, "path"))?.startsWith("$") === true && text(field(b, "code")) !== undefined,
  },
  {
    vendor: "talentlms",
    evidence: "a wrapped TalentLMS error (`error.type`)",
    test: (b) => text(field(field(b, "error"), "type")) !== undefined,
  },
  {
    vendor: "talentlms",
    evidence: "a TalentLMS error `type`",
    test: (b) => text(field(b, "type"))?.endsWith("_error") === true,
  },
  {
    vendor: "talentlms",
    evidence: "Laravel-style `errors` by field",
    test: (b) => text(field(b, "message")) !== undefined && isFieldMessages(field(b, "errors")),
  },
  { vendor: "talentlms", evidence: "a TalentLMS v2 `_data` body", test: (b) => field(b, "_data") !== undefined },
  { vendor: "talview", evidence: "a GraphQL `data` object", test: (b) => isRecord(field(b, "data")) },
  { vendor: "talview", evidence: "a Hasura `error` string", test: (b) => text(field(b, "error")) !== undefined },
  {
    vendor: "talentlms",
    evidence: "TalentLMS rate-limit headers (`X-RateLimit-*`)",
    test: (_, headers) =>
      readHeader(headers, "x-ratelimit-limit") !== undefined ||
      readHeader(headers, "x-ratelimit-remaining") !== undefined,
  },
];

/** The vendor a response's JSON body or headers point to; `undefined` when nothing does. Never throws. */
export const detectVendor = (
  body: unknown,
  headers: readonly (readonly [string, string])[] = [],
): Detection | undefined => {
  for (const rule of DETECTION_RULES) {
    try {
      if (rule.test(body, headers)) return { vendor: rule.vendor, evidence: rule.evidence };
    } catch {
      // a hostile value: this rule does not match
    }
  }
  return undefined;
};
