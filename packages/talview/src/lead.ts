import type { Classification } from "./classify.js";
import { LEAD_PRIORITY } from "./tables.js";

const rank = (c: Classification): number => LEAD_PRIORITY[c.rule.category] * 2 + (c.logical ? 0 : 1);

/** The most actionable error of a response: lowest `LEAD_PRIORITY`, a known logical code first, else the vendor's order. */
export const pickLead = (all: readonly Classification[]): Classification => {
  let lead = all[0] as Classification;
  for (const c of all) if (rank(c) < rank(lead)) lead = c;
  return lead;
};
