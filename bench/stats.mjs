// Order statistics for timing samples: medians resist the odd GC pause or scheduler hiccup that a mean would absorb.

/** Nearest-rank percentile (p in 0..100) of a non-empty list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Median; for an even count, the mean of the two middle values. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds elapsed since a process.hrtime.bigint() reading. */
export function msSince(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
