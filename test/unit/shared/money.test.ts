import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_AMOUNT_MINOR,
  currencyDigits,
  formatMoney,
  isValidAmountMinor,
  minorToDecimalString,
  parseMoney,
} from '../../../shared/money.js';

describe('currencyDigits', () => {
  it('knows currencies with 0, 2 and 3 minor digits', () => {
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('KWD')).toBe(3);
    expect(currencyDigits('BHD')).toBe(3);
  });

  it('falls back to 2 for a code Intl refuses', () => {
    expect(currencyDigits('not a currency')).toBe(2);
  });
});

describe('parseMoney', () => {
  it.each([
    ['12.50', 'USD', 1250],
    ['12,50', 'EUR', 1250],
    ['12.5', 'USD', 1250],
    ['1,234.56', 'USD', 123456],
    ['1.234,56', 'EUR', 123456],
    ['1 234,56', 'EUR', 123456],
    ['$12.34', 'USD', 1234],
    ['12.34 €', 'EUR', 1234],
    ['.5', 'USD', 50],
    ['7', 'USD', 700],
    ['500', 'JPY', 500],
    ['¥500', 'JPY', 500],
    ['1,000', 'JPY', 1000],
    ['1.000', 'JPY', 1000],
    ['1.234', 'KWD', 1234],
    ['12.5', 'KWD', 12500],
    ['1,234.567', 'BHD', 1234567],
    ['1,234,567.89', 'USD', 123456789],
  ])('reads %s %s as %i minor units', (input, currency, amountMinor) => {
    expect(parseMoney(input, currency)).toEqual({ ok: true, amountMinor });
  });

  it.each([
    ['', 'USD', 'empty'],
    ['   ', 'USD', 'empty'],
    ['-5', 'USD', 'not_positive'],
    ['-5.00', 'EUR', 'not_positive'],
    ['0', 'USD', 'not_positive'],
    ['0.00', 'USD', 'not_positive'],
    ['12.345', 'USD', 'too_many_decimals'],
    ['1.5', 'JPY', 'too_many_decimals'],
    ['1.2345', 'KWD', 'too_many_decimals'],
    ['99999999999', 'USD', 'too_large'],
    ['1e5', 'USD', 'not_a_number'],
    ['abc', 'USD', 'not_a_number'],
    ['.', 'USD', 'not_a_number'],
  ])('refuses %j in %s as %s', (input, currency, reason) => {
    expect(parseMoney(input, currency)).toEqual({ ok: false, reason });
  });

  it.each([
    ['12.3.4', 'USD'],
    ['12..5', 'USD'],
    ['1,2,3', 'USD'],
    ['1,234,56', 'USD'],
    ['12,34.56', 'USD'],
    ['1.2.3,45', 'EUR'],
  ])('refuses %j in %s rather than guess where the groups are', (input, currency) => {
    expect(parseMoney(input, currency)).toEqual({ ok: false, reason: 'not_a_number' });
  });

  it('accepts the largest allowed amount and refuses one minor unit more', () => {
    expect(parseMoney('10000000.000', 'KWD')).toEqual({ ok: true, amountMinor: MAX_AMOUNT_MINOR });
    expect(parseMoney('10000000.001', 'KWD')).toEqual({ ok: false, reason: 'too_large' });
  });
});

const currencies = fc.constantFrom('JPY', 'USD', 'EUR', 'KWD', 'BHD');
const amountMinor = fc.integer({ min: 1, max: MAX_AMOUNT_MINOR });

describe('format and parse', () => {
  it('parse reads back what format printed, in en-US', () => {
    fc.assert(
      fc.property(currencies, amountMinor, (currency, amount) => {
        expect(parseMoney(formatMoney(amount, currency, 'en-US'), currency)).toEqual({ ok: true, amountMinor: amount });
      }),
    );
  });

  it('parse reads back the plain decimal string for every currency', () => {
    fc.assert(
      fc.property(currencies, amountMinor, (currency, amount) => {
        const text = minorToDecimalString(amount, currencyDigits(currency));
        expect(parseMoney(text, currency)).toEqual({ ok: true, amountMinor: amount });
      }),
    );
  });

  it('formats by the currency digits and the locale', () => {
    expect(formatMoney(1234, 'USD', 'en-US')).toBe('$12.34');
    expect(formatMoney(5, 'USD', 'en-US')).toBe('$0.05');
    expect(formatMoney(500, 'JPY', 'en-US')).toBe('¥500');
    expect(formatMoney(1234, 'KWD', 'en-US')).toBe('KWD\u00a01.234');
    expect(formatMoney(1234, 'BHD', 'en-US')).toBe('BHD\u00a01.234');
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
  });

  it('formats the largest amount exactly, without float rounding', () => {
    expect(formatMoney(MAX_AMOUNT_MINOR, 'USD', 'en-US')).toBe('$100,000,000.00');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
  });
});

describe('minorToDecimalString', () => {
  it.each([
    [1234, 2, '12.34'],
    [5, 2, '0.05'],
    [-5, 2, '-0.05'],
    [7, 0, '7'],
    [1, 3, '0.001'],
    [0, 2, '0.00'],
  ])('%i with %i digits is %s', (amount, digits, text) => {
    expect(minorToDecimalString(amount, digits)).toBe(text);
  });
});

describe('isValidAmountMinor', () => {
  it('accepts positive safe integers up to the maximum only', () => {
    expect(isValidAmountMinor(1)).toBe(true);
    expect(isValidAmountMinor(MAX_AMOUNT_MINOR)).toBe(true);
    expect(isValidAmountMinor(MAX_AMOUNT_MINOR + 1)).toBe(false);
    expect(isValidAmountMinor(0)).toBe(false);
    expect(isValidAmountMinor(-1)).toBe(false);
    expect(isValidAmountMinor(1.5)).toBe(false);
    expect(isValidAmountMinor('100')).toBe(false);
    expect(isValidAmountMinor(Number.NaN)).toBe(false);
  });
});
