import type { LiabilityResponse } from '../../shared/sales-api.js';
import type { Store } from '../../shared/backend-api.js';
import type { Trx } from '../db/transaction.js';
import type { ReportRange } from '../http/report-query.js';
import { changeByCurrency, outstandingByCurrency } from './liability.repository.js';

type LiabilityLine = LiabilityResponse['liabilities'][number];

/**
 * The money the store's programme still owes: the balances of the cards of its region that can
 * still be spent or given back, by currency; and the change over the range, the signed sum of
 * those cards' ledger activities in it (money in from activations, loads, refunds, voids and
 * reversals, less redemptions). A currency with a change but nothing outstanding still gets a line.
 */
export async function storeLiability(db: Trx, store: Store, range: ReportRange): Promise<LiabilityResponse> {
  const outstanding = await outstandingByCurrency(db, store.region);
  const changes = await changeByCurrency(db, store.region, range);
  const byCurrency = new Map<string, LiabilityLine>();
  const line = (currency: string): LiabilityLine => {
    const found = byCurrency.get(currency) ?? { currency, outstandingMinor: 0, activeCardCount: 0, changeMinor: 0 };
    byCurrency.set(currency, found);
    return found;
  };
  for (const row of outstanding) Object.assign(line(row.currency), row);
  for (const row of changes) line(row.currency).changeMinor = row.changeMinor;
  const liabilities = [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
  return { liabilities, from: range.from, to: range.to };
}
