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

/** `rule` matches a normalized `text`: all of it (`equals`), or its start (and its end, not overlapping). */
const matches = (rule: MessageMatcher, text: string): boolean =>
  rule.equals !== undefined
    ? rule.equals === text
    : rule.startsWith !== undefined &&
      text.startsWith(rule.startsWith) &&
      (rule.endsWith === undefined ||
        (text.length >= rule.startsWith.length + rule.endsWith.length && text.endsWith(rule.endsWith)));

/** The first of `MESSAGE_RULES`, in table order, that a vendor message matches, or `undefined`. Never throws. */
export const matchMessage = (message: string): MessageMatcher | undefined => {
  const text = normalizeMessage(message);
  if (text === "") return undefined;
  for (const rule of MESSAGE_RULES) if (matches(rule, text)) return rule;
  return undefined;
};
