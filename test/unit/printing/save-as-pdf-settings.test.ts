import { describe, expect, it } from 'vitest';
import { receiptFileName } from '../../../electron/host/printing/pdf-receipt-file.js';
import { printerFormOf, validatePrinterForm, type PrinterConfig } from '../../../shared/settings.js';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { printerTestPage } from '../../../shared/receipt/test-page.js';
import { asDuplicate } from '../../../shared/receipt/receipt-document.js';
import { context, FULL_CODE, redemption } from './receipt-fixtures.js';

const saved = (target: PrinterConfig['target']): PrinterConfig => ({
  target,
  columns: 48,
  autoPrint: 'always',
  footer: '',
  logo: false,
});

describe('the Save as PDF setting', () => {
  it('an empty folder means the terminal’s own receipts folder', () => {
    const form = { ...printerFormOf(saved({ transport: 'system' })), transport: 'pdf' as const, pdfFolder: '  ' };
    expect(validatePrinterForm(form)).toEqual({ ok: true, printer: saved({ transport: 'pdf' }) });
  });

  it('a folder must be a full path', () => {
    const form = { ...printerFormOf(saved({ transport: 'pdf' })), pdfFolder: 'receipts' };
    expect(validatePrinterForm(form)).toMatchObject({
      ok: false,
      errors: { pdfFolder: expect.stringMatching(/full folder path/) },
    });
    for (const folder of ['/srv/receipts', 'C:\\Receipts', 'D:/Receipts']) {
      const valid = validatePrinterForm({ ...form, pdfFolder: folder });
      expect(valid).toEqual({ ok: true, printer: saved({ transport: 'pdf', folder }) });
    }
  });

  it('a saved folder comes back into the form', () => {
    expect(printerFormOf(saved({ transport: 'pdf', folder: '/srv/receipts' }))).toMatchObject({
      transport: 'pdf',
      pdfFolder: '/srv/receipts',
    });
  });
});

describe('PDF receipt file names', () => {
  const at = new Date('2026-11-22T15:30:07.123Z');

  it('are the UTC date and time, then the transaction id; never the card', () => {
    const receipt = redemptionReceipt(context(), {
      redemption: redemption({ id: 'rdm_7f3a9c2e' }),
      stillDueMinor: null,
    });
    expect(receiptFileName(receipt, at)).toBe('2026-11-22_15-30-07Z_rdm_7f3a9c2e.pdf');
    expect(receiptFileName(receipt, at)).not.toContain(FULL_CODE.slice(-4));
    expect(receiptFileName(asDuplicate(receipt), at, 1)).toBe('2026-11-22_15-30-07Z_rdm_7f3a9c2e_duplicate_2.pdf');
  });

  it('name a slip without a transaction by its kind, and keep path characters out', () => {
    expect(receiptFileName(printerTestPage(context(), 48, at.toISOString()), at)).toBe(
      '2026-11-22_15-30-07Z_test_page.pdf',
    );
    const odd = {
      ...redemptionReceipt(context(), { redemption: redemption(), stillDueMinor: null }),
      transactionId: '../x/y',
    };
    expect(receiptFileName(odd, at)).toBe('2026-11-22_15-30-07Z____x_y.pdf');
  });
});
