const hasToWellFormed = typeof (String.prototype as { toWellFormed?: unknown }).toWellFormed === "function";

/** Replaces lone surrogates so the text encodes as valid UTF-8 everywhere. */
export const wellFormed = (text: string): string =>
  hasToWellFormed
    ? (text as string & { toWellFormed(): string }).toWellFormed()
    : text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

/** Cuts `text` to at most `max` code units, never inside a surrogate pair, marking the cut with an ellipsis. */
export const truncate = (text: string, max: number): string => {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
};

/** Bounded, well-formed, trimmed text; cut before the expensive work so megabyte inputs stay cheap. */
export const boundText = (text: string, max: number): string =>
  wellFormed(truncate(text.length > max * 2 ? text.slice(0, max * 2) : text, max)).trim();
