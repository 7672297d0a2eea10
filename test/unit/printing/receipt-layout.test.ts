import { describe, expect, it } from 'vitest';
import { renderEscPos } from '../../../electron/host/printing/render-receipt.js';
import { asDuplicate } from '../../../shared/receipt/receipt-document.js';
import { RECEIPT_COLUMNS } from '../../../shared/receipt/receiptline-markup.js';
import { redemptionReceipt } from '../../../shared/receipt/redemption-receipt.js';
import { escposToText } from '../../fixtures/escpos-text.js';
import { context, redemption } from './receipt-fixtures.js';

const LONG_NAME = 'The Grand Springfield Riverside Shopping Arcade and Garden Centre';

function printedLines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\s+$/, ''));
}

describe.each(RECEIPT_COLUMNS)('a redemption receipt at %i columns', (columns) => {
  const receipt = redemptionReceipt(context({ name: LONG_NAME }), { redemption: redemption(), stillDueMinor: null });
  const lines = printedLines(escposToText(renderEscPos(receipt, columns)));

  it('keeps every line within the paper width', () => {
    for (const line of lines.filter((line) => !line.startsWith('[')))
      expect([...line].length).toBeLessThanOrEqual(columns);
  });

  it('wraps a long store name between words, losing none of it', () => {
    const nameLines = lines
      .slice(
        0,
        lines.findIndex((line) => line.includes('Market Street')),
      )
      .map((line) => line.trim());
    expect(nameLines.length).toBeGreaterThan(1);
    expect(nameLines.join(' ')).toBe(LONG_NAME);
    for (const line of nameLines) expect(LONG_NAME.split(' ')).toEqual(expect.arrayContaining(line.split(' ')));
  });

  it('ends every amount on the right margin', () => {
    const amountLines = lines.filter((line) => /^(Balance before|Redeemed|Remaining balance)\s+\$/.test(line));
    expect(amountLines).toHaveLength(3);
    for (const line of amountLines) expect(line).toHaveLength(columns);
    expect(amountLines).toEqual([
      expect.stringMatching(/\$50\.00$/),
      expect.stringMatching(/\$12\.34$/),
      expect.stringMatching(/\$37\.66$/),
    ]);
  });
});

describe('currencies', () => {
  it('prints yen without decimals and Kuwaiti dinar with three, as the backend amounts say', () => {
    const yen = redemption({
      currency: 'JPY',
      amountMinor: 1_500,
      balanceBeforeMinor: 5_000,
      balanceAfterMinor: 3_500,
    });
    const yenText = escposToText(
      renderEscPos(redemptionReceipt(context({ currency: 'JPY' }), { redemption: yen, stillDueMinor: null }), 32),
    );
    expect(yenText).toMatch(/Redeemed\s+¥1,500\n/);
    expect(yenText).toMatch(/Remaining balance\s+¥3,500\n/);

    const dinar = redemption({
      currency: 'KWD',
      amountMinor: 12_345,
      balanceBeforeMinor: 20_000,
      balanceAfterMinor: 7_655,
    });
    const dinarText = escposToText(
      renderEscPos(redemptionReceipt(context(), { redemption: dinar, stillDueMinor: null }), 42),
    );
    expect(dinarText).toMatch(/Redeemed\s+KWD\s12\.345\n/);
    expect(dinarText).toMatch(/Remaining balance\s+KWD\s7\.655\n/);
  });
});

describe('partial redemption and reprints', () => {
  it('shows what is still due by another tender', () => {
    const receipt = redemptionReceipt(context(), { redemption: redemption(), stillDueMinor: 766 });
    expect(receipt.kind).toBe('partial_redemption');
    expect(escposToText(renderEscPos(receipt, 48))).toMatch(/Still due\s+\$7\.66\n/);
  });

  it('marks a reprint DUPLICATE at the top and the bottom, and the original not at all', () => {
    const receipt = redemptionReceipt(context(), { redemption: redemption(), stillDueMinor: null });
    expect(escposToText(renderEscPos(receipt, 48))).not.toContain('DUPLICATE');
    const copy = printedLines(escposToText(renderEscPos(asDuplicate(receipt), 48))).filter(
      (line) => line.trim() !== '',
    );
    expect(copy[0]?.trim()).toBe('DUPLICATE');
    expect(copy.filter((line) => line.trim() === 'DUPLICATE')).toHaveLength(2);
  });
});
