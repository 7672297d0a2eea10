import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { currentLoad, type RunFigures } from './stats.js';

export interface RedemptionLoad {
  label: string;
  baseUrl: string;
  terminalKey: string;
  sessionToken: string;
  currency: string;
  /** Active cards to redeem from, chosen at random per request. */
  codes: readonly string[];
  clients: number;
  durationS: number;
}

/**
 * Drives POST /v1/redemptions with `clients` concurrent connections, each request a real
 * redemption of 1 minor unit with its own idempotency key, and reports what autocannon measured.
 */
export async function runRedemptionLoad(load: RedemptionLoad): Promise<RunFigures> {
  const keyPrefix = randomBytes(4).toString('hex');
  const loadAverage = currentLoad();
  let sequence = 0;
  const result = await autocannon({
    url: load.baseUrl,
    connections: load.clients,
    duration: load.durationS,
    // One request in flight per connection: a terminal waits for each answer.
    pipelining: 1,
    requests: [
      {
        method: 'POST',
        path: '/v1/redemptions',
        headers: {
          authorization: `Bearer ${load.terminalKey}`,
          'x-session-token': load.sessionToken,
          'content-type': 'application/json',
        },
        setupRequest: (request) => {
          sequence += 1;
          const code = load.codes[Math.floor(Math.random() * load.codes.length)];
          const body = {
            code,
            amountMinor: 1,
            currency: load.currency,
            idempotencyKey: `bench-${keyPrefix}-${sequence}`,
          };
          return { ...request, body: JSON.stringify(body) };
        },
      },
    ],
  });
  const succeeded = result['2xx'];
  return {
    label: load.label,
    clients: load.clients,
    transactionsPerSecond: succeeded / (result.duration || load.durationS),
    meanLatencyMs: result.latency.average,
    p50LatencyMs: result.latency.p50,
    p99LatencyMs: result.latency.p99,
    errorCount: result.non2xx + result.errors + result.timeouts,
    loadAverage,
  };
}
