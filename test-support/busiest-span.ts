/** The most arrivals in any half-open span [t, t + intervalMs) (two pointers over the sorted times). */
export const busiestSpan = (times: readonly number[], intervalMs: number): number => {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let end = 0;
  for (let start = 0; start < sorted.length; start += 1) {
    while (end < sorted.length && (sorted[end] as number) < (sorted[start] as number) + intervalMs) end += 1;
    most = Math.max(most, end - start);
  }
  return most;
};
