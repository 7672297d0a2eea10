import { describe, expect, it } from 'vitest';
import { renderEscPos, renderSvg } from '../../../electron/host/printing/render-receipt.js';
import { balanceSlip, transferReceipts, voidReceipt } from '../../../shared/receipt/card-slips.js';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document.js';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { shiftReport } from '../../../shared/receipt/shift-report.js';
import { escposToText, receiptsIn } from '../../fixtures/escpos-text.js';
import { context, FULL_CODE, redemption } from './receipt-fixtures.js';

const card = (last4: string, balanceMinor: number) => ({
  last4,
  status: 'active' as const,
  currency: 'USD',
  region: 'US',
  balanceMinor,
  expiresAt: null,
  lastActivityAt: null,
});

const totals = {
  currency: 'USD',
  redemptionCount: 3,
  redeemedMinor: 4_500,
  fullRedemptionCount: 2,
  partialRedemptionCount: 1,
  voidCount: 1,
  voidedMinor: 500,
  reversalCount: 0,
  reversedMinor: 0,
  activationCount: 0,
  activatedMinor: 0,
  loadCount: 0,
  loadedMinor: 0,
  refundCount: 0,
  refundedMinor: 0,
  netMinor: 4_000,
  lockoutCount: 0,
  firstActivityAt: null,
  lastActivityAt: null,
};
const shift = {
  id: 'shift-1',
  storeId: 'store-1',
  terminalId: 'terminal-1',
  cashierId: '1001',
  status: 'closed' as const,
  openedAt: '2026-11-22T13:00:00.000Z',
  closedAt: '2026-11-22T21:00:00.000Z',
};

const transfer = (fromLast4: string, toLast4: string) =>
  transferReceipts(context(), {
    transfer: {
      id: 'trf_1',
      amountMinor: 5_000,
      currency: 'USD',
      from: card(fromLast4, 0),
      to: card(toLast4, 5_000),
      createdAt: '2026-11-22T16:00:00.000Z',
    },
  });

const every: Record<string, ReceiptDocument> = {
  redemption: redemptionReceipt(context(), { redemption: redemption(), stillDueMinor: 100 }),
  balance: balanceSlip(context(), card(FULL_CODE.slice(-4), 3_766), '2026-11-22T15:31:00.000Z'),
  void: voidReceipt(context(), {
    void: {
      id: 'void_1',
      redemptionId: 'rdm_7f3a9c2e',
      amountMinor: 1_234,
      currency: 'USD',
      card: { last4: FULL_CODE.slice(-4) },
      managerId: '9001',
      reason: 'wrong amount',
      createdAt: '2026-11-22T15:35:00.000Z',
    },
    balanceAfterMinor: 5_000,
  }),
  // A transfer prints one slip per card; each names its own card only.
  'transfer (frozen card)': transfer(FULL_CODE.slice(-4), '9XK2')[0],
  'transfer (new card)': transfer('9XK2', FULL_CODE.slice(-4))[1],
  z: shiftReport(context(), { report: 'z', shift, totals, printedAt: '2026-11-22T21:00:00.000Z' }),
};

describe.each(Object.entries(every))('the %s slip', (_name, document) => {
  it('shows a card only as its masked last four, on paper and in the SVG', () => {
    const text = escposToText(renderEscPos(document, 42));
    const svg = renderSvg(document, 42);
    for (const output of [text, svg]) {
      expect(output).not.toContain(FULL_CODE);
      expect(output).not.toContain(FULL_CODE.slice(0, 8));
    }
    if (document.kind !== 'z_report') expect(text).toContain(`•••• ${FULL_CODE.slice(-4)}`);
  });

  it('carries the store, terminal, cashier and the store-time date, and is cut once', () => {
    const receipts = receiptsIn(renderEscPos(document, 42));
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toContain('Tillcard Demo Store');
    expect(receipts[0]).toContain('1 Market Street, Springfield');
    expect(receipts[0]).toMatch(/Terminal\s+Till 1\n/);
    expect(receipts[0]).toMatch(/Cashier\s+Casey Jones\n/);
    expect(receipts[0]).toMatch(/Date\s+Nov 22, 2026, \d{1,2}:\d{2}\s[AP]M\n/);
    expect(receipts[0]).toContain('Thank you for shopping');
  });
});

describe('the redemption receipt', () => {
  it('prints the lines a customer checks, with the backend balances and the transaction id as a code', () => {
    const text = escposToText(renderEscPos(every.redemption as ReceiptDocument, 48));
    expect(text).toContain('Gift card redemption');
    // 15:30 UTC is 10:30 in New York on that date.
    expect(text).toMatch(/Date\s+Nov 22, 2026, 10:30\sAM\n/);
    expect(text).toMatch(/Balance before\s+\$50\.00\n/);
    expect(text).toMatch(/Redeemed\s+\$12\.34\n/);
    expect(text).toMatch(/Remaining balance\s+\$37\.66\n/);
    expect(text).toMatch(/Transaction\s+rdm_7f3a9c2e\n/);
    expect(text).toContain('[image]');
  });

  it('prints the balance exactly as returned, even when it does not equal before minus amount', () => {
    // The terminal never recomputes: a backend answer is the truth, whatever arithmetic suggests.
    const odd = redemption({ balanceBeforeMinor: 9_999, amountMinor: 1_000, balanceAfterMinor: 1 });
    const text = escposToText(renderEscPos(redemptionReceipt(context(), { redemption: odd, stillDueMinor: null }), 32));
    expect(text).toMatch(/Balance before\s+\$99\.99\n/);
    expect(text).toMatch(/Remaining balance\s+\$0\.01\n/);
  });
});

describe('the Z report', () => {
  it('prints the backend totals', () => {
    const text = escposToText(renderEscPos(every.z as ReceiptDocument, 32));
    expect(text).toContain('Z report (shift closed)');
    expect(text).toMatch(/Redemptions\s+3\n/);
    expect(text).toMatch(/Net redeemed\s+\$40\.00\n/);
  });
});

describe('look-up codes', () => {
  it('encode the transaction id unchanged, underscores, dashes and all', () => {
    const id = 'rdm_n-gBR72W|y;z\\';
    const document: ReceiptDocument = {
      kind: 'redemption',
      duplicate: false,
      transactionId: id,
      lines: [{ kind: 'code', symbology: 'code128', data: id }],
    };
    expect(escposToText(renderEscPos(document, 48))).toContain(`[barcode {B${id}]`);
  });
});
