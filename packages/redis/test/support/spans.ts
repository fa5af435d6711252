/** The most events in any half-open span [t, t + intervalMs), by brute force over each event as a start. */
export const busiestSpan = (times: readonly number[], intervalMs: number): number =>
  Math.max(0, ...times.map((t) => times.filter((a) => a >= t && a < t + intervalMs).length));
