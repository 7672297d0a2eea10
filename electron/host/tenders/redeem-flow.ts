/**
 * Redeeming one tender exactly once, through the tender flow every money call of the till shares
 * (tender-flow.ts): the key is in the outbox before the request leaves, a lost answer is settled
 * by asking the backend, and nothing new is sent while an earlier tender is unsettled.
 */
import { lastFour } from '../../../shared/claim-code.js';
import type { Redemption } from '../../../shared/backend-api.js';
import type { Result } from '../../../shared/terminal-api.js';
import type { BackendClient } from '../backend-client.js';
import type { TerminalLogger } from '../logger.js';
import { kindOf, type Outbox, type TenderRecord } from './outbox.js';
import type { Recovery } from './recovery.js';
import { createTenderFlow, settledAs, type TenderAnswers, type TenderFlow } from './tender-flow.js';

export interface RedeemRequestFacts {
  tenderId: string;
  /** Normalised and checked by the caller. */
  code: string;
  amountMinor?: number;
  currency: string;
  /** The cashier's shift, kept with the tender for the Z report's reconciliation. */
  shiftId?: string;
}

export type RedeemResult = Result<{ redemption: Redemption }>;

/** The redemption flow, and the shared flow itself for the till's other money calls (sales). */
export interface RedeemFlow extends TenderFlow {
  redeem(client: BackendClient, sessionToken: string, request: RedeemRequestFacts): Promise<RedeemResult>;
}

export const redemptionAnswers: TenderAnswers<{ redemption: Redemption }> = {
  noun: 'redemption',
  fromEntry: (entry) => (kindOf(entry) === 'redeem' && entry.redemption ? { redemption: entry.redemption } : undefined),
  record: (outbox, facts, value) => outbox.markApplied(facts, value.redemption),
};

/** What the cashier is told about a tender whose answer was lost, once the host asked the backend. */
export function settledResult(entry: TenderRecord | undefined): RedeemResult {
  return settledAs(entry, redemptionAnswers);
}

export function createRedeemFlow(outbox: Outbox, logger: TerminalLogger, recovery: Recovery): RedeemFlow {
  const tenders = createTenderFlow(outbox, logger, recovery);
  return {
    ...tenders,
    redeem: (client, sessionToken, request) =>
      tenders.submit(
        {
          tenderId: request.tenderId,
          kind: 'redeem',
          last4: lastFour(request.code),
          amountMinor: request.amountMinor ?? null,
          currency: request.currency,
          ...(request.shiftId === undefined ? {} : { shiftId: request.shiftId }),
          send: (idempotencyKey) =>
            client.redeem(sessionToken, {
              code: request.code,
              currency: request.currency,
              idempotencyKey,
              ...(request.amountMinor === undefined ? {} : { amountMinor: request.amountMinor }),
            }),
        },
        redemptionAnswers,
      ),
  };
}
