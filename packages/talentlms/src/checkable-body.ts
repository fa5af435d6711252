const TEXTUAL = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|xml|x-www-form-urlencoded)\b)/i;

/**
 * `true` when a success's body is worth reading for an error: text or JSON, or no content type at all. Binary
 * downloads and streams pass through unread (the API answers JSON; a file is the caller's business).
 */
export const isTextualType = (contentType: string | undefined): boolean =>
  contentType === undefined || contentType.trim() === "" || TEXTUAL.test(contentType.trim());
