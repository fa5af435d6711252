import type { Category } from "./categories.js";
import { LIMITS } from "./limits.js";
import { safeGet } from "./safe.js";
import { boundText } from "./text.js";

/** A message per category, safe to show an end user. Pass a partial one to localize. */
export type MessageCatalog = Readonly<Record<Category, string>>;

export const DEFAULT_USER_MESSAGES: MessageCatalog = {
  invalid_request: "The request could not be processed. Please check the information entered and try again.",
  authentication: "We could not sign you in to the service. Please check the connection settings.",
  permission: "You do not have permission to do this.",
  not_found: "The requested item could not be found.",
  conflict: "This item already exists or was changed by someone else.",
  business_rule: "This action is not allowed right now.",
  rate_limited: "The service is busy. Please try again in a moment.",
  server: "The service had a problem. Please try again later.",
  unavailable: "The service is temporarily unavailable. Please try again later.",
  timeout: "The service took too long to respond. Please try again.",
  network: "We could not reach the service. Please check your connection and try again.",
  cancelled: "The request was cancelled.",
  unknown: "Something went wrong. Please try again later.",
};

/** The safe message for a category, from the caller's catalog where it has a usable one (text, bounded). */
export const defaultUserMessage = (category: Category, catalog?: Partial<MessageCatalog>): string => {
  const given = safeGet(catalog, category);
  const text = typeof given === "string" ? boundText(given, LIMITS.userMessageLength) : "";
  return text === "" ? DEFAULT_USER_MESSAGES[category] : text;
};
