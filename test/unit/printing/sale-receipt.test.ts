import { describe, expect, it } from 'vitest';
import { renderEscPos } from '../../../electron/host/printing/render-receipt.js';
import type { Language } from '../../../shared/language.js';
import { saleReceipt } from '../../../shared/receipt/sale-receipt.js';
import type { Sale } from '../../../shared/sales-api.js';
import { escposToText, receiptsIn } from '../../fixtures/escpos-text.js';
import { context, FULL_CODE } from './receipt-fixtures.js';

function sale(overrides: Partial<Sale> = {}): Sale {
  return {
    id: 'act_51c0ffee',
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
    managerId: null,
    reason: null,
    createdAt: '2026-11-22T15:30:00.000Z',
    ...overrides,
  };
}

/** The slip as the printer puts it on paper, read back from the ESC/POS bytes by the independent decoder. */
const paper = (document: ReturnType<typeof saleReceipt>) => {
  const receipts = receiptsIn(renderEscPos(document, 42));
  expect(receipts).toHaveLength(1);
  return escposToText(renderEscPos(document, 42));
};

const line = (label: string, value: string) => new RegExp(`${label}\\s+${value.replace(/[$.]/g, '\\$&')}`);

describe('the receipts of a sale at the till', () => {
  it('an activation: the card masked as its last 4, the amount and the new balance as the backend answered', () => {
    const text = paper(saleReceipt(context(), sale({ amountMinor: 2_500, balanceAfterMinor: 2_500 })));
    expect(text).toContain('Gift card sold');
    expect(text).toContain(`•••• ${FULL_CODE.slice(-4)}`);
    expect(text).not.toContain(FULL_CODE.slice(0, 8));
    expect(text).toMatch(line('Activated', '$25.00'));
    expect(text).toMatch(line('New balance', '$25.00'));
    expect(text).toContain('act_51c0ffee');
    expect(text).not.toContain('manager');
  });

  it('a load: what was loaded and the balance after it', () => {
    const text = paper(
      saleReceipt(context(), sale({ id: 'lod_1', kind: 'load', amountMinor: 1_000, balanceAfterMinor: 3_500 })),
    );
    expect(text).toContain('Gift card reload');
    expect(text).toMatch(line('Loaded', '$10.00'));
    expect(text).toMatch(line('New balance', '$35.00'));
  });

  it('a refund approved by a manager: the manager ID and the reason are printed', () => {
    const refund = sale({ id: 'rfd_1', kind: 'refund', managerId: '9001', reason: 'returned blender' });
    const text = paper(saleReceipt(context(), refund));
    expect(text).toContain('Refund to gift card');
    expect(text).toMatch(line('Refunded', '$25.00'));
    expect(text).toMatch(line('Approved by manager', '9001'));
    expect(text).toContain('Reason: returned blender');
  });

  it.each<[Language, string, string, string]>([
    ['es', 'Venta de tarjeta regalo', 'Saldo nuevo', 'Motivo: no activada'],
    ['en', 'Gift card sold', 'New balance', 'Reason: no activada'],
  ])('speaks the terminal language (%s)', (language, title, balance, reason) => {
    const fixed = sale({ managerId: '9001', reason: 'no activada' });
    const text = paper(saleReceipt(context({}, language), fixed));
    expect(text).toContain(title);
    expect(text).toContain(balance);
    expect(text).toContain(reason);
  });
});
