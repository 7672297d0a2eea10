/** One of every slip the terminal prints, from answers shaped as the backend gives them, for layout and language tests. */
import type { CardView, ShiftReportResponse } from '../../../shared/backend-api.js';
import { balanceSlip, transferReceipts, voidReceipt } from '../../../shared/receipt/card-slips.js';
import { asDuplicate, type ReceiptContext, type ReceiptDocument } from '../../../shared/receipt/receipt-document.js';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { saleReceipt } from '../../../shared/receipt/sale-receipt.js';
import { shiftReport } from '../../../shared/receipt/shift-report.js';
import { storeShiftReport } from '../../../shared/receipt/store-report.js';
import { printerTestPage } from '../../../shared/receipt/test-page.js';
import type { ReceiptColumns } from '../../../shared/receipt/printer-profiles.js';
import { FULL_CODE, redemption, totals } from './receipt-fixtures.js';

const card = (last4: string, balanceMinor: number): CardView => ({
  last4,
  status: 'active',
  currency: 'USD',
  region: 'US',
  balanceMinor,
  expiresAt: null,
  lastActivityAt: null,
});

const shift = (id: string, closedAt: string | null) => ({
  id,
  storeId: 'store-1',
  terminalId: 'terminal-1',
  cashierId: '1001',
  status: closedAt ? ('closed' as const) : ('open' as const),
  openedAt: '2026-11-22T13:00:00.000Z',
  closedAt,
});

const shiftTotals = totals({
  redemptionCount: 3,
  redeemedMinor: 4_500,
  fullRedemptionCount: 2,
  partialRedemptionCount: 1,
  voidCount: 1,
  voidedMinor: 500,
  netMinor: 4_000,
});

function storeReport(context: ReceiptContext): ReceiptDocument {
  const report: ShiftReportResponse = {
    store: context.store,
    shifts: [
      {
        shift: shift('shift-1', '2026-11-22T21:00:00.000Z'),
        cashierName: 'Casey Jones',
        terminalName: 'Till 1',
        totals: shiftTotals,
      },
    ],
    byCashier: [{ cashierId: '1001', cashierName: 'Casey Jones', totals: shiftTotals }],
    byTerminal: [{ terminalId: 'terminal-1', terminalName: 'Till 1', totals: shiftTotals }],
  };
  return storeShiftReport(context, {
    report,
    activities: [
      {
        id: 'act-2',
        kind: 'void',
        amountMinor: 500,
        card: { last4: FULL_CODE.slice(-4) },
        shiftId: 'shift-1',
        createdAt: '2026-11-22T15:10:00.000Z',
      },
    ],
    from: '2026-11-22T05:00:00.000Z',
    to: '2026-11-23T05:00:00.000Z',
    printedAt: '2026-11-22T22:00:00.000Z',
  });
}

/** Every kind of slip, named, for one receipt context (store, terminal, cashier, footer, language). */
export function everySlip(context: ReceiptContext, columns: ReceiptColumns): Record<string, ReceiptDocument> {
  const transfer = transferReceipts(context, {
    transfer: {
      id: 'trf_1',
      amountMinor: 5_000,
      currency: 'USD',
      from: card(FULL_CODE.slice(-4), 0),
      to: card('9XK2', 5_000),
      createdAt: '2026-11-22T16:00:00.000Z',
    },
  });
  const full = redemptionReceipt(context, { redemption: redemption(), stillDueMinor: null });
  return {
    redemption: full,
    'partial redemption': redemptionReceipt(context, { redemption: redemption(), stillDueMinor: 766 }),
    reprint: asDuplicate(full),
    'balance slip': balanceSlip(context, card(FULL_CODE.slice(-4), 3_766), '2026-11-22T15:31:00.000Z'),
    void: voidReceipt(context, {
      void: {
        id: 'void_1',
        redemptionId: 'rdm_7f3a9c2e',
        amountMinor: 1_234,
        currency: 'USD',
        card: { last4: FULL_CODE.slice(-4) },
        managerId: '9001',
        reason: 'wrong amount keyed by the cashier at the counter',
        createdAt: '2026-11-22T15:35:00.000Z',
      },
      balanceAfterMinor: 5_000,
    }),
    'card activation': saleReceipt(context, {
      id: 'act_1',
      kind: 'activate',
      idempotencyKey: '0b9f8f7e-7d0c-4a43-9d9b-6a8d2bd9f001',
      amountMinor: 2_500,
      balanceAfterMinor: 2_500,
      currency: 'USD',
      card: { last4: FULL_CODE.slice(-4) },
      storeId: 'store-1',
      terminalId: 'terminal-1',
      cashierId: '1001',
      shiftId: 'shift-1',
      managerId: '9001',
      reason: 'sold yesterday, never activated',
      createdAt: '2026-11-22T15:40:00.000Z',
    }),
    'transfer (frozen card)': transfer[0],
    'transfer (new card)': transfer[1],
    'X report': shiftReport(context, {
      report: 'x',
      shift: shift('shift-1', null),
      totals: shiftTotals,
      printedAt: '2026-11-22T18:00:00.000Z',
      pending: { count: 2, amountMinor: 1_500, currency: 'USD', unknownAmountCount: 1 },
    }),
    'Z report': shiftReport(context, {
      report: 'z',
      shift: shift('shift-1', '2026-11-22T21:00:00.000Z'),
      totals: shiftTotals,
      printedAt: '2026-11-22T21:00:00.000Z',
    }),
    'store report': storeReport(context),
    'test page': printerTestPage(context, columns, '2026-11-22T15:30:00.000Z'),
  };
}
