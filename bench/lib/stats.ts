/** Throughput and latency figures of one benchmark run, in the units the table prints. */
export interface RunFigures {
  label: string;
  clients: number;
  transactionsPerSecond: number;
  p50LatencyMs: number;
  p99LatencyMs: number;
  /** Transactions that failed (non-2xx answers or errors); a run with failures is not comparable. */
  errorCount: number;
}

/** The q-quantile (0..1) of unsorted samples, nearest-rank; NaN when there are none. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function figuresFromLatencies(
  label: string,
  clients: number,
  latenciesMs: readonly number[],
  elapsedMs: number,
  errorCount = 0,
): RunFigures {
  return {
    label,
    clients,
    transactionsPerSecond: (latenciesMs.length / elapsedMs) * 1000,
    p50LatencyMs: quantile(latenciesMs, 0.5),
    p99LatencyMs: quantile(latenciesMs, 0.99),
    errorCount,
  };
}
