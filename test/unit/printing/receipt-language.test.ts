/**
 * Receipts speak the terminal's language, with money and dates in its locale: every slip printed
 * in English and in Spanish, read back from the ESC/POS bytes, and measured on every paper.
 */
import { describe, expect, it } from 'vitest';
import { renderEscPos, renderSvg } from '../../../electron/host/printing/render-receipt.js';
import { conditionMessage } from '../../../electron/host/printing/printer-condition.js';
import { PRINTER_PROFILES } from '../../../shared/receipt/printer-profiles.js';
import { escposToText, svgText } from '../../fixtures/escpos-text.js';
import { measureEscPos } from '../../fixtures/escpos-layout.js';
import { everySlip } from './every-slip.js';
import { context } from './receipt-fixtures.js';

const text = (slip: Parameters<typeof renderEscPos>[0]) => escposToText(renderEscPos(slip, 48));

/** Labels that must not be left in English on a Spanish slip. */
const ENGLISH_WORDS =
  /\b(Gift card|Remaining balance|Balance before|Redeemed|Cashier|Date|Transaction|Still due|Shift|Opened|Closed|Voids?|Reversals|Net redeemed|Printer test|Pending|DUPLICATE|From|Until|Reason|Moved|Frozen card|New card)\b/;

describe('a redemption receipt', () => {
  it('in English, money and date as a US store writes them', () => {
    const printed = text(everySlip(context(), 48)['partial redemption']!);
    expect(printed).toContain('Gift card redemption');
    expect(printed).toMatch(/Date\s+Nov 22, 2026, 10:30\sAM\n/);
    expect(printed).toMatch(/Remaining balance\s+\$37\.66\n/);
    expect(printed).toMatch(/Still due\s+\$7\.66\n/);
  });

  it('in Spanish at a US store: Spanish words, dates in Spanish, dollars as the US writes them', () => {
    const printed = text(everySlip(context({}, 'es'), 48)['partial redemption']!);
    expect(printed).toContain('Canje de tarjeta regalo');
    expect(printed).toMatch(/Fecha\s+22 nov 2026, 10:30\sa\.\s?m\.\n/);
    expect(printed).toMatch(/Saldo anterior\s+\$50\.00\n/);
    expect(printed).toMatch(/Saldo restante\s+\$37\.66\n/);
    expect(printed).toMatch(/Importe pendiente\s+\$7\.66\n/);
    expect(printed).toMatch(/Transacción\s+rdm_7f3a9c2e\n/);
    expect(printed).not.toMatch(ENGLISH_WORDS);
  });

  it('in Spanish at a store in Spain: euros with a decimal comma, 24-hour time in Madrid', () => {
    const spain = context({ locale: 'es-ES', currency: 'EUR', timezone: 'Europe/Madrid', region: 'ES' }, 'es');
    const slips = everySlip(spain, 48);
    const printed = text(slips.redemption!);
    expect(printed).toMatch(/Fecha\s+22 nov 2026, 16:30\n/);
    // The fixture's redemption is in USD: the currency is the card's, the writing is Spain's.
    expect(printed).toMatch(/Saldo restante\s+37,66\sUS\$\n/);
  });
});

describe.each(['en', 'es'] as const)('every slip in %s', (language) => {
  const slips = everySlip(context({}, language), 48);

  it.each(Object.keys(slips))('the %s speaks the language, on paper and on screen alike', (name) => {
    const slip = slips[name]!;
    const printed = text(slip);
    const onScreen = svgText(renderSvg(slip, 48));
    if (language === 'es') {
      expect(printed).not.toMatch(ENGLISH_WORDS);
      expect(onScreen).not.toMatch(ENGLISH_WORDS);
    } else {
      expect(printed).toMatch(/Terminal|Printer test/);
    }
  });

  it('a reprint says so in the language', () => {
    expect(text(slips.reprint!)).toContain(language === 'es' ? 'DUPLICADO' : 'DUPLICATE');
  });

  it('the X report keeps unsettled redemptions apart, in the language', () => {
    const printed = text(slips['X report']!);
    if (language === 'es') {
      expect(printed).toContain('Informe X (turno abierto)');
      expect(printed).toContain('SIN CONFIRMAR');
      expect(printed).toMatch(/Canjeado neto\s+\$40\.00\n/);
    } else {
      expect(printed).toContain('X report (shift open)');
      expect(printed).toContain('NOT YET SETTLED');
      expect(printed).toMatch(/Net redeemed\s+\$40\.00\n/);
    }
  });

  it.each(PRINTER_PROFILES)('fits $paper paper in the $font font', (profile) => {
    for (const slip of Object.values(everySlip(context({}, language), profile.columns))) {
      for (const line of measureEscPos(renderEscPos(slip, profile.columns), profile.printableDots)) {
        expect(line.rightDots, line.text).toBeLessThanOrEqual(profile.printableDots);
        expect(line.overflows, line.text).toBe(false);
      }
    }
  });
});

describe('printer status messages', () => {
  it('are in the terminal language, with the next step named as the screen names its button', () => {
    expect(conditionMessage('paper_out', 'en')).toBe(
      'Printer is out of paper — load a new roll, then press Retry printing',
    );
    expect(conditionMessage('paper_out', 'es')).toBe(
      'La impresora no tiene papel: ponga un rollo nuevo y pulse Reintentar la impresión',
    );
    expect(conditionMessage('cover_open', 'es')).toContain('tapa');
  });
});
