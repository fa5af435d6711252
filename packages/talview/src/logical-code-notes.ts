import { defineRules } from "@errnorm/core/adapter";
import type { LogicalCode } from "./tables.js";

/** The vendor page's words about one logical code. */
export interface LogicalCodeNote {
  /** The vendor's description, verbatim. */
  readonly description: string;
  /** The vendor's resolution, verbatim. */
  readonly resolution: string;
}

/**
 * The description and resolution of each logical code on the vendor page ("Common Logical Error Codes").
 * Documentation only: the parser never reads it; `TALVIEW_LOGICAL_CODES` joins it to the rules.
 */
export const TALVIEW_LOGICAL_CODE_NOTES = /* @__PURE__ */ defineRules({
  VALIDATION_ERROR: {
    description: "Input data failed schema or logic checks.",
    resolution: "Review input parameters and constraints.",
  },
  SLOT_UNAVAILABLE: {
    description: "The selected time slot is no longer available.",
    resolution: "Refresh slot availability and select a new slot.",
  },
  BOOKING_NOT_FOUND: {
    description: "The provided Booking ID does not exist.",
    resolution: "Verify the Booking ID is correct.",
  },
  RESCHEDULE_NOT_ALLOWED: {
    description: "Reschedule request violates business policy.",
    resolution: "Check reschedule eligibility windows.",
  },
  PAYMENT_REQUIRED: {
    description: "Payment is required before the action can proceed.",
    resolution: "Process the required payment transaction.",
  },
  IDENTITY_VERIFICATION_FAILED: {
    description: "Identity documents or photo failed verification.",
    resolution: "Review document quality and retry.",
  },
} as const satisfies Record<LogicalCode, LogicalCodeNote>);
