/**
 * Redemptions the terminal sent whose outcome it does not know yet (the answer was lost and the
 * backend has not been reached since). The X report shows them apart from the ledger's totals,
 * flagged "not yet settled": the terminal cannot tell whether the ledger already counts them.
 */
import type { Outcome } from './terminal-api.js';

export interface PendingSummary {
  count: number;
  /** The sum of the amounts asked for, in the report's currency. */
  amountMinor: number;
  currency: string;
  /** Asked for a card's full balance (or in another currency): their amount is not known. */
  unknownAmountCount: number;
}

/** Redemptions only: a pending sale puts money on a card, and the X report's figure is money taken off. */
export function summarizePending(pending: readonly Outcome[], currency: string): PendingSummary {
  const redemptions = pending.filter((outcome) => outcome.kind === undefined);
  let amountMinor = 0;
  let unknownAmountCount = 0;
  for (const outcome of redemptions) {
    if (outcome.amountMinor === null || outcome.currency !== currency) unknownAmountCount += 1;
    else amountMinor += outcome.amountMinor;
  }
  return { count: redemptions.length, amountMinor, currency, unknownAmountCount };
}
