import { describe, expect, it } from 'vitest';
import { renderEscPos } from '../../../electron/host/printing/render-receipt.js';
import { summarizePending } from '../../../shared/pending-outcomes.js';
import { shiftReport } from '../../../shared/receipt/shift-report.js';
import type { Outcome } from '../../../shared/terminal-api.js';
import { escposToText } from '../../fixtures/escpos-text.js';
import { context, totals as fixtureTotals } from './receipt-fixtures.js';

const totals = fixtureTotals({ redemptionCount: 1, redeemedMinor: 1_000, fullRedemptionCount: 1, netMinor: 1_000 });
const shift = {
  id: 'shift-1',
  storeId: 'store-1',
  terminalId: 'terminal-1',
  cashierId: '1001',
  status: 'open' as const,
  openedAt: '2026-11-22T13:00:00.000Z',
  closedAt: null,
};
const outcome = (amountMinor: number | null, currency = 'USD'): Outcome => ({
  tenderId: `tender-${String(amountMinor)}-${currency}`,
  last4: 'CZP5',
  amountMinor,
  currency,
  state: 'unknown',
  at: '2026-11-22T15:00:00.000Z',
});

describe('outcome-unknown redemptions in the X report', () => {
  it('are summed by the amount asked for; full-balance ones (and other currencies) are counted apart', () => {
    expect(summarizePending([outcome(250), outcome(125), outcome(null), outcome(900, 'CAD')], 'USD')).toEqual({
      count: 4,
      amountMinor: 375,
      currency: 'USD',
      unknownAmountCount: 2,
    });
    expect(summarizePending([], 'USD')).toEqual({ count: 0, amountMinor: 0, currency: 'USD', unknownAmountCount: 0 });
  });

  it('leave out pending sales: an activation or a refund puts money on a card, not off it', () => {
    const activation: Outcome = { ...outcome(5_000), tenderId: 'sale-1', kind: 'activate' };
    const refund: Outcome = { ...outcome(1_200), tenderId: 'sale-2', kind: 'refund' };
    expect(summarizePending([outcome(250), activation, refund], 'USD')).toEqual({
      count: 1,
      amountMinor: 250,
      currency: 'USD',
      unknownAmountCount: 0,
    });
  });

  it.each([32, 48] as const)('print apart from the ledger totals, flagged not yet settled (%i columns)', (columns) => {
    const pending = summarizePending([outcome(250), outcome(null)], 'USD');
    const document = shiftReport(context(), { report: 'x', shift, totals, printedAt: shift.openedAt, pending });
    const text = escposToText(renderEscPos(document, columns));
    // The ledger's figures stay as the backend gave them.
    expect(text).toMatch(/Redemptions\s+1\n/);
    expect(text).toMatch(/Net redeemed\s+\$10\.00\n/);
    const flagged = text.slice(text.indexOf('NOT YET SETTLED'));
    expect(text.indexOf('NOT YET SETTLED')).toBeGreaterThan(text.indexOf('Net redeemed'));
    expect(flagged).toMatch(/Pending\s+2\n/);
    expect(flagged).toMatch(/Pending amount\s+\$2\.50\n/);
    expect(flagged).toMatch(/amount unknown\s+1\n/);
    for (const line of text.split('\n').filter((line) => !line.startsWith('[')))
      expect([...line.trimEnd()].length).toBeLessThanOrEqual(columns);
  });

  it('leave the report as it was when nothing is pending', () => {
    const pending = summarizePending([], 'USD');
    const document = shiftReport(context(), { report: 'x', shift, totals, printedAt: shift.openedAt, pending });
    expect(escposToText(renderEscPos(document, 42))).not.toContain('NOT YET SETTLED');
  });
});
