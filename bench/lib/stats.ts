import { loadavg } from 'node:os';

/** Throughput and latency figures of one benchmark run, in the units the table prints. */
export interface RunFigures {
  label: string;
  clients: number;
  transactionsPerSecond: number;
  meanLatencyMs: number;
  p50LatencyMs: number;
  p99LatencyMs: number;
  /** Transactions that failed (non-2xx answers or errors); a run with failures is not comparable. */
  errorCount: number;
  /** The machine's 1-minute load average when the run started (what `uptime` prints first). */
  loadAverage: number;
}

/** The machine's 1-minute load average now. */
export function currentLoad(): number {
  return loadavg()[0] ?? Number.NaN;
}

/** The q-quantile (0..1) of unsorted samples, nearest-rank; NaN when there are none. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** The middle value, or the mean of the two middle values of an even count; NaN when none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function figuresFromLatencies(
  label: string,
  clients: number,
  latenciesMs: readonly number[],
  elapsedMs: number,
  options: { errorCount?: number; loadAverage: number },
): RunFigures {
  const sum = latenciesMs.reduce((total, latency) => total + latency, 0);
  return {
    label,
    clients,
    transactionsPerSecond: (latenciesMs.length / elapsedMs) * 1000,
    meanLatencyMs: latenciesMs.length === 0 ? Number.NaN : sum / latenciesMs.length,
    p50LatencyMs: quantile(latenciesMs, 0.5),
    p99LatencyMs: quantile(latenciesMs, 0.99),
    errorCount: options.errorCount ?? 0,
    loadAverage: options.loadAverage,
  };
}
