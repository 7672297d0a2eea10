import type { Totals } from '../../shared/backend-api.js';

/** One group of a shift's ledger: the activities of one kind (see totals.repository.ts). */
export interface KindAggregate {
  kind: string;
  count: number;
  /** Signed sum of amount_minor: negative for redeem, positive for void and reversal. */
  sumMinor: number;
  /** Activities that left the card at 0: a redeem of the full balance. */
  emptiedCount: number;
  firstAt: string | null;
  lastAt: string | null;
}

export interface LockoutAggregate {
  count: number;
  firstAt: string | null;
  lastAt: string | null;
}

export function emptyTotals(currency: string): Totals {
  return {
    currency,
    redemptionCount: 0,
    redeemedMinor: 0,
    fullRedemptionCount: 0,
    partialRedemptionCount: 0,
    voidCount: 0,
    voidedMinor: 0,
    reversalCount: 0,
    reversedMinor: 0,
    activationCount: 0,
    activatedMinor: 0,
    loadCount: 0,
    loadedMinor: 0,
    refundCount: 0,
    refundedMinor: 0,
    netMinor: 0,
    lockoutCount: 0,
    firstActivityAt: null,
    lastActivityAt: null,
  };
}

/** Totals of one shift from its ledger groups. Net is what the cards paid: redeemed − voided − reversed. */
export function totalsFromLedger(
  currency: string,
  kinds: readonly KindAggregate[],
  lockouts: LockoutAggregate,
): Totals {
  const totals = emptyTotals(currency);
  for (const group of kinds) {
    if (group.kind === 'redeem') {
      totals.redemptionCount += group.count;
      totals.redeemedMinor += -group.sumMinor;
      totals.fullRedemptionCount += group.emptiedCount;
      totals.partialRedemptionCount += group.count - group.emptiedCount;
    } else if (group.kind === 'void') {
      totals.voidCount += group.count;
      totals.voidedMinor += group.sumMinor;
    } else if (group.kind === 'reversal') {
      totals.reversalCount += group.count;
      totals.reversedMinor += group.sumMinor;
    } else if (group.kind === 'activate') {
      totals.activationCount += group.count;
      totals.activatedMinor += group.sumMinor;
    } else if (group.kind === 'load') {
      totals.loadCount += group.count;
      totals.loadedMinor += group.sumMinor;
    } else if (group.kind === 'refund') {
      totals.refundCount += group.count;
      totals.refundedMinor += group.sumMinor;
    }
    totals.firstActivityAt = earliest(totals.firstActivityAt, group.firstAt);
    totals.lastActivityAt = latest(totals.lastActivityAt, group.lastAt);
  }
  totals.lockoutCount = lockouts.count;
  totals.firstActivityAt = earliest(totals.firstActivityAt, lockouts.firstAt);
  totals.lastActivityAt = latest(totals.lastActivityAt, lockouts.lastAt);
  totals.netMinor = totals.redeemedMinor - totals.voidedMinor - totals.reversedMinor;
  return totals;
}

// ISO-8601 UTC strings of one format sort as text.
function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return b === null || a <= b ? a : b;
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  return b === null || a >= b ? a : b;
}
