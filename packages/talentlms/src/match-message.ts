import { MESSAGE_RULES, type MessageMatcher } from "./message-rules.js";

/** Longest prefix of a message that is looked at: megabyte inputs cost no more than short ones. */
export const MESSAGE_MATCH_LENGTH = 500;

const WHITESPACE_RUN = /\s+/g;

/** The form rules compare against: first 500 characters, trimmed, lower case, one space per run, no trailing period. */
export const normalizeMessage = (message: string): string => {
  let text = (message.length > MESSAGE_MATCH_LENGTH ? message.slice(0, MESSAGE_MATCH_LENGTH) : message)
    .toLowerCase()
    .replace(WHITESPACE_RUN, " ")
    .trim();
  while (text.endsWith(".")) text = text.slice(0, -1).trimEnd();
  return text;
};

const byEquality = new Map<string, MessageMatcher>();
for (const rule of MESSAGE_RULES) {
  if (rule.equals !== undefined && !byEquality.has(rule.equals)) byEquality.set(rule.equals, rule);
}
const byAnchors = MESSAGE_RULES.filter((rule) => rule.equals === undefined);

const matches = (rule: MessageMatcher, text: string): boolean =>
  rule.startsWith !== undefined &&
  text.startsWith(rule.startsWith) &&
  (rule.endsWith === undefined ||
    (text.length >= rule.startsWith.length + rule.endsWith.length && text.endsWith(rule.endsWith)));

/** The first of `MESSAGE_RULES` that a vendor message matches, or `undefined`. Never throws. */
export const matchMessage = (message: string): MessageMatcher | undefined => {
  const text = normalizeMessage(message);
  if (text === "") return undefined;
  const exact = byEquality.get(text);
  if (exact) return exact;
  for (const rule of byAnchors) if (matches(rule, text)) return rule;
  return undefined;
};
