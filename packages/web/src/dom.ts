/** The element with this id; the page's HTML defines every one the script uses. */
export const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
};

/** A new element with text (never HTML: everything shown comes from the input). */
export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className !== undefined) element.className = className;
  return element;
};

/** A table row of text cells. */
export const textRow = (cells: readonly (string | number)[], cellTag: "td" | "th" = "td"): HTMLTableRowElement => {
  const tr = el("tr");
  for (const cell of cells) tr.append(el(cellTag, String(cell)));
  return tr;
};
